package com.revops.app.console.funnel;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.UnavailableScreen;

/** The Funnel phase screen (SPEC §6). */
public final class FunnelScreen {
    private FunnelScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        return UnavailableScreen.of(ScreenId.FUNNEL, context);
    }
}
