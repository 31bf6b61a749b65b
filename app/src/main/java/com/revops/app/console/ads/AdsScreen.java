package com.revops.app.console.ads;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Ads screen (SPEC §4 "Ads graduation", §6). */
public final class AdsScreen {
    private AdsScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        AdsViewModel model = new AdsViewModel(context);
        return new SimpleScreen(ScreenId.ADS, model, new AdsView(model, context::zone).root());
    }
}
