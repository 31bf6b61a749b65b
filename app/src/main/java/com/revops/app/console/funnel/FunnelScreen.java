package com.revops.app.console.funnel;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Funnel phase screen (SPEC §6): phase, progress to the next threshold, step rates against targets. */
public final class FunnelScreen {
    private FunnelScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        FunnelViewModel model = new FunnelViewModel(context);
        return new SimpleScreen(ScreenId.FUNNEL, model, new FunnelView(model).root());
    }
}
