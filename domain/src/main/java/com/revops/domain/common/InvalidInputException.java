package com.revops.domain.common;

/**
 * Bad input from the operator (SPEC §9): names the field and what is wrong with it.
 * The CLI maps it to exit code 2; the console shows the message beside the field.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The problem without the field name, for display beside the field itself. */
    public String problem() {
        String message = getMessage();
        return message.substring(field.length() + 2);
    }
}
