package com.revops.integrations.db;

import java.net.ConnectException;
import java.sql.SQLException;

import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
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

    /** Runs {@code work} on a handle; Jdbi's exceptions come out translated, naming what was being done. */
    public static <T> T withHandle(Jdbi jdbi, String doing, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw translate(doing, e);
        }
    }

    /** Runs {@code work} in one transaction; Jdbi's exceptions come out translated, naming what was being done. */
    public static <T> T inTransaction(Jdbi jdbi, String doing, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (JdbiException e) {
            throw translate(doing, e);
        }
    }
}
