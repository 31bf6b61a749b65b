package com.revops.app.console.ads;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.UnavailableScreen;

/** The Ads screen (SPEC §6). */
public final class AdsScreen {
    private AdsScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        return UnavailableScreen.of(ScreenId.ADS, context);
    }
}
