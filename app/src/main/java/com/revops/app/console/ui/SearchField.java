package com.revops.app.console.ui;

import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

/**
 * A screen's search box: ControlsFX's clearable text field (a clear button appears once there is
 * text). Marked with the style class {@value #STYLE_CLASS} so Ctrl/Cmd+F finds it on any screen.
 */
public final class SearchField {
    public static final String STYLE_CLASS = "screen-search";

    private SearchField() {
    }

    public static CustomTextField create(String id, String prompt) {
        CustomTextField field = (CustomTextField) TextFields.createClearableTextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.getStyleClass().add(STYLE_CLASS);
        return field;
    }
}
