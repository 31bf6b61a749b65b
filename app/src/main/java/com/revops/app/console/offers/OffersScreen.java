package com.revops.app.console.offers;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Offers screen (SPEC §6). */
public final class OffersScreen {
    private OffersScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        OffersViewModel model = new OffersViewModel(context);
        return new SimpleScreen(ScreenId.OFFERS, model, new OffersView(model).root());
    }
}
