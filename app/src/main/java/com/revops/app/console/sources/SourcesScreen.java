package com.revops.app.console.sources;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Sources & attribution screen (SPEC §6). */
public final class SourcesScreen {
    private SourcesScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        SourcesViewModel model = new SourcesViewModel(context);
        return new SimpleScreen(ScreenId.SOURCES, model, new SourcesView(model).root());
    }
}
