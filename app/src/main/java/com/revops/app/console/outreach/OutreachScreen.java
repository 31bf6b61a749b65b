package com.revops.app.console.outreach;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Outreach queue screen (SPEC §6). */
public final class OutreachScreen {
    private OutreachScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        OutreachQueueViewModel model = new OutreachQueueViewModel(context);
        return new SimpleScreen(ScreenId.OUTREACH, model, new OutreachQueueView(model, context.zone(), navigator).root());
    }
}
