package com.revops.app.console.contacts;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.SimpleScreen;

/** The Contacts screen (SPEC §6). */
public final class ContactsScreen {
    private ContactsScreen() {
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        ContactsViewModel model = new ContactsViewModel(context);
        return new SimpleScreen(ScreenId.CONTACTS, model, new ContactsView(model, context.zone()).root());
    }
}
