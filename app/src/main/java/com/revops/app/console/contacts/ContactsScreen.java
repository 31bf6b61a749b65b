package com.revops.app.console.contacts;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.UnavailableScreen;

/** The Contacts screen (SPEC §6). */
public final class ContactsScreen {
    private ContactsScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        return UnavailableScreen.of(ScreenId.CONTACTS, context);
    }
}
