package com.revops.app.console.email;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Email sequences screen (SPEC §6, PRD-019 §4.8). */
public final class EmailScreen {
    private EmailScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        EmailViewModel model = new EmailViewModel(context);
        return new SimpleScreen(ScreenId.EMAIL, model, new EmailView(model).root());
    }
}
