package com.revops.integrations.db;

/** The database cannot be reached or started (CLI exit code 3, SPEC §5). */
public class DatabaseUnavailableException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public DatabaseUnavailableException(String message) {
        super(message);
    }
}
