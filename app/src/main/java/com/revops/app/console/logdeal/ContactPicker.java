package com.revops.app.console.logdeal;

import java.util.List;
import java.util.Optional;

import com.revops.app.console.ConsoleContext;
import com.revops.integrations.contacts.ContactDirectory;
import com.revops.integrations.contacts.ContactSummary;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The contact field of Log deal: what the operator typed, the suggestions of the contact search
 * (run off the FX thread; the view debounces typing) and the contact picked from them. Typing
 * after a pick drops the pick: the typed text is then taken as a uuid or external id, like the CLI.
 */
public final class ContactPicker {
    public static final int SUGGESTIONS = 8;

    private final ConsoleContext context;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ContactSummary> picked = new SimpleObjectProperty<>();
    private final ObservableList<ContactSummary> suggestions = FXCollections.observableArrayList();
    private int generation;
    private boolean picking;

    ContactPicker(ConsoleContext context) {
        this.context = context;
        text.addListener((o, before, now) -> {
            if (!picking && picked.get() != null) {
                picked.set(null);
            }
        });
    }

    /** Searches for {@code query} in the background; the newest search wins. Blank clears the suggestions. */
    public void search(String query) {
        int mine = ++generation;
        if (query == null || query.isBlank() || picked.get() != null) {
            suggestions.clear();
            return;
        }
        context.executor().background(() -> context.services().stores().contacts().search(query, SUGGESTIONS))
                .whenComplete((found, error) -> context.executor().ui(() -> {
                    if (mine == generation && picked.get() == null) {
                        suggestions.setAll(error == null ? found : List.of());
                    }
                }));
    }

    /** The operator chose a suggestion: the field shows it and the search closes. */
    public void pick(ContactSummary contact) {
        picking = true;
        try {
            picked.set(contact);
            text.set(display(contact));
        } finally {
            picking = false;
        }
        generation++;
        suggestions.clear();
    }

    public void clear() {
        picking = true;
        try {
            picked.set(null);
            text.set("");
        } finally {
            picking = false;
        }
        generation++;
        suggestions.clear();
    }

    /** What DealRecorder gets: the picked contact's id, else the typed text (a uuid or an external id). */
    public String reference() {
        return Optional.ofNullable(picked.get()).map(c -> c.id().toString()).orElse(text.get() == null ? "" : text.get().strip());
    }

    public static String display(ContactSummary c) {
        return c.name().orElse("(no name)") + c.externalId().map(id -> " (" + id + ")").orElse("");
    }

    /** One suggestion line: name, handle, platform, stage. */
    public static String describe(ContactSummary c) {
        StringBuilder b = new StringBuilder(c.name().orElse("(no name)"));
        c.handle().ifPresent(h -> b.append("  ").append(h.startsWith("@") ? h : "@" + h));
        c.platform().ifPresent(p -> b.append(" · ").append(p));
        b.append(" · ").append(c.stage().code());
        c.externalId().ifPresent(id -> b.append(" · ").append(id));
        return b.toString();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<ContactSummary> pickedProperty() {
        return picked;
    }

    public ObservableList<ContactSummary> suggestions() {
        return suggestions;
    }
}
