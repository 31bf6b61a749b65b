package com.revops.app.console.routine;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Daily routine screen (PRD-019 §4.10). */
public final class RoutineScreen {
    private RoutineScreen() {
    }

    public static Screen create(ConsoleContext context) {
        RoutineViewModel model = new RoutineViewModel(context);
        return new SimpleScreen(ScreenId.ROUTINE, model, new RoutineView(model, context::zone).root());
    }
}
