package com.revops.app.console.logdeal;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Log deal screen (SPEC §6). */
public final class LogDealScreen {
    private LogDealScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        LogDealViewModel model = new LogDealViewModel(context);
        return new SimpleScreen(ScreenId.LOG_DEAL, model, new LogDealView(model).root());
    }
}
