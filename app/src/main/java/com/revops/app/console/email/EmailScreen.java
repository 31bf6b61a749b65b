package com.revops.app.console.email;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.UnavailableScreen;

/** The Email sequences screen (SPEC §6). */
public final class EmailScreen {
    private EmailScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        return UnavailableScreen.of(ScreenId.EMAIL, context);
    }
}
