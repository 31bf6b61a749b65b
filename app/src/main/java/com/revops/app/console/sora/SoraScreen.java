package com.revops.app.console.sora;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Sora jobs panel (PRD-019 §4.1). */
public final class SoraScreen {
    private SoraScreen() {
    }

    public static Screen create(ConsoleContext context) {
        SoraViewModel model = new SoraViewModel(context);
        return new SimpleScreen(ScreenId.SORA, model, new SoraView(model, context::zone).root());
    }
}
