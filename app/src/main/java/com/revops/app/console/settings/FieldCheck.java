package com.revops.app.console.settings;

import java.util.function.Consumer;

import com.revops.domain.common.InvalidInputException;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A Settings field's problem as it is typed, by the same domain rule that refuses it on Save and in the CLI:
 * "" while the value passes, else the rule's words without the field's name (the field shows it).
 */
final class FieldCheck {
    private FieldCheck() {
    }

    /**
     * Follows {@code text} with {@code rule} (which throws {@link InvalidInputException} on a bad value). With
     * {@code blankIsUnstarted}, an empty field is not a problem yet (a row to add something, before typing).
     */
    static ReadOnlyStringProperty follow(StringProperty text, Consumer<String> rule, boolean blankIsUnstarted) {
        StringProperty problem = new SimpleStringProperty("");
        text.addListener((o, was, now) -> problem.set(blankIsUnstarted && (now == null || now.isBlank()) ? "" : problemOf(rule, now)));
        return problem;
    }

    /** "hourly rate: must not be negative (got -5)" for each field with a problem now, joined; "" when all pass. */
    static javafx.beans.binding.StringBinding summary(java.util.Map<String, ReadOnlyStringProperty> problems) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> problems.entrySet().stream()
                .filter(e -> !e.getValue().get().isEmpty()).map(e -> e.getKey() + ": " + e.getValue().get())
                .collect(java.util.stream.Collectors.joining(" · ")), problems.values().toArray(new ReadOnlyStringProperty[0]));
    }

    /** The fields' problems in the order given: name, problem, name, problem, … */
    static java.util.Map<String, ReadOnlyStringProperty> ordered(Object... nameThenProblem) {
        java.util.Map<String, ReadOnlyStringProperty> problems = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < nameThenProblem.length; i += 2) {
            problems.put((String) nameThenProblem[i], (ReadOnlyStringProperty) nameThenProblem[i + 1]);
        }
        return problems;
    }

    static String problemOf(Consumer<String> rule, String value) {
        try {
            rule.accept(value);
            return "";
        } catch (InvalidInputException e) {
            return e.problem();
        }
    }
}
