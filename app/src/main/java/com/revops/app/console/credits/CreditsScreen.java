package com.revops.app.console.credits;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.UnavailableScreen;

/** The Credits screen (SPEC §6). */
public final class CreditsScreen {
    private CreditsScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        return UnavailableScreen.of(ScreenId.CREDITS, context);
    }
}
