package com.revops.app.console.ui;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;

/**
 * A form's validation decorations through ControlsFX's {@link ValidationSupport}: each field shows
 * the message its ViewModel holds (worked out by the same domain rules the CLI uses — the ViewModel
 * stays the one place that validates). A field with a message gets the {@code error} style class and
 * the message as its tooltip; the form's message label under it says it in words.
 */
public final class FieldValidation {
    private final ValidationSupport support = new ValidationSupport();

    public FieldValidation() {
        support.setValidationDecorator(new StyleClassValidationDecoration("error", "warning"));
    }

    /** Decorates {@code field} whenever {@code error} (empty: valid) says so. */
    public FieldValidation field(Control field, ObservableStringValue error) {
        support.registerValidator(field, false, (Control c, Object value) -> ValidationResult.fromErrorIf(c, error.get(),
                error.get() != null && !error.get().isEmpty()));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(error);
        error.addListener((o, was, now) -> {
            support.revalidate(field);
            field.setTooltip(now == null || now.isEmpty() ? null : tip);
        });
        return this;
    }

    public ValidationSupport support() {
        return support;
    }
}
