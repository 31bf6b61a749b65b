package com.revops.app.console.experiments;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.UnavailableScreen;

/** The Experiments screen (SPEC §6). */
public final class ExperimentsScreen {
    private ExperimentsScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        return UnavailableScreen.of(ScreenId.EXPERIMENTS, context);
    }
}
