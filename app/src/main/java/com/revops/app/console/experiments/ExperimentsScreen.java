package com.revops.app.console.experiments;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Experiments screen (SPEC §6): paywall variants, A/B tests, product and App Store experiments. */
public final class ExperimentsScreen {
    private ExperimentsScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        ExperimentsViewModel model = new ExperimentsViewModel(context);
        return new SimpleScreen(ScreenId.EXPERIMENTS, model, new ExperimentsView(model).root());
    }
}
