package com.revops.app.console.outreach;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.UnavailableScreen;

/** The Outreach queue screen (SPEC §6). */
public final class OutreachScreen {
    private OutreachScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        return UnavailableScreen.of(ScreenId.OUTREACH, context);
    }
}
