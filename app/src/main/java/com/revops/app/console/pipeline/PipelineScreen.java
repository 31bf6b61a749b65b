package com.revops.app.console.pipeline;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Pipeline screen (SPEC §6). */
public final class PipelineScreen {
    private PipelineScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        PipelineViewModel model = new PipelineViewModel(context);
        return new SimpleScreen(ScreenId.PIPELINE, model, new PipelineView(model, navigator, context.zone()).root());
    }
}
