package com.revops.app.console.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A screen's one line of feedback after the operator acts: what was done ("Approved: LinkedIn
 * message to Ada Lovelace"), or why it was not. Plain properties; the view shows it.
 */
public final class StatusLine {
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty(false);

    public void say(String message) {
        problem.set(false);
        text.set(message);
    }

    public void problem(String message) {
        problem.set(true);
        text.set(message);
    }

    public void clear() {
        problem.set(false);
        text.set("");
    }

    public String text() {
        return text.get();
    }

    public boolean isProblem() {
        return problem.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem;
    }
}
