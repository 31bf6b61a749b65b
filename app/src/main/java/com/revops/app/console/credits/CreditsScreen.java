package com.revops.app.console.credits;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Credits screen (SPEC §6): AI burn against budget, by model and task type, and the routing table. */
public final class CreditsScreen {
    private CreditsScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        CreditsViewModel model = new CreditsViewModel(context);
        return new SimpleScreen(ScreenId.CREDITS, model, new CreditsView(model, () -> navigator.show(ScreenId.SETTINGS)).root());
    }
}
