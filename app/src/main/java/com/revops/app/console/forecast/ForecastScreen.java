package com.revops.app.console.forecast;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Forecast screen (SPEC §6). */
public final class ForecastScreen {
    private ForecastScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        ForecastViewModel model = new ForecastViewModel(context);
        return new SimpleScreen(ScreenId.FORECAST, model, new ForecastView(model, navigator).root());
    }
}
