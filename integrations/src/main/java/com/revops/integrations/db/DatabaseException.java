package com.revops.integrations.db;

/**
 * The one unchecked root exception of the data layer: wraps {@code SQLException},
 * Jdbi's exceptions and I/O failures of the embedded server, once, with a message the
 * operator can act on. Never carries a password.
 */
public class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    public DatabaseException(String message) {
        super(message);
    }
}
