package com.revops.app.console.settings;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Settings screen (SPEC §6, §7). */
public final class SettingsScreen {
    private SettingsScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        SettingsViewModel model = new SettingsViewModel(context);
        return new SimpleScreen(ScreenId.SETTINGS, model, new SettingsView(model).root());
    }
}
