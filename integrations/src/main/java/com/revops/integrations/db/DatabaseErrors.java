package com.revops.integrations.db;

import java.net.ConnectException;
import java.sql.SQLException;

import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;

/** Turns Jdbi's exceptions into the data layer's own, once, at a repository's public method. */
public final class DatabaseErrors {
    private DatabaseErrors() {
    }

    /** {@link DatabaseUnavailableException} when the server cannot be reached, else {@link DatabaseException}. */
    public static DatabaseException translate(String doing, JdbiException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        boolean unreachable = e instanceof ConnectionException || root instanceof ConnectException
                || root instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
        String message = doing + " failed: " + root.getMessage();
        return unreachable ? new DatabaseUnavailableException(message, e) : new DatabaseException(message, e);
    }
}
