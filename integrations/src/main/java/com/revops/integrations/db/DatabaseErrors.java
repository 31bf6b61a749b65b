package com.revops.integrations.db;

import java.net.ConnectException;
import java.sql.SQLException;

import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Turns Jdbi's exceptions into the data layer's own, once, at a repository's public method (or at the
 * boundary, for one that escaped). The message says what was being done and why it failed in the
 * operator's words ({@link FailureReason}); it never holds the SQL or the values bound to it.
 */
public final class DatabaseErrors {
    private DatabaseErrors() {
    }

    /**
     * A failure of a statement no store translated, as the app's one database exception; empty when
     * {@code e} is not a database failure. Callers outside integrations never see a Jdbi type.
     */
    public static java.util.Optional<DatabaseException> untranslated(String doing, Throwable e) {
        return e instanceof JdbiException jdbi ? java.util.Optional.of(translate(doing, jdbi)) : java.util.Optional.empty();
    }

    /** True when {@code e} is a failure to get a connection at all (no statement ran). */
    public static boolean isConnectionFailure(Throwable e) {
        return e instanceof ConnectionException;
    }

    /** {@link DatabaseUnavailableException} when the server cannot be reached, else {@link DatabaseException}. */
    public static DatabaseException translate(String doing, JdbiException e) {
        Throwable root = e;
        SQLException sql = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (sql == null && t instanceof SQLException found) {
                sql = found;
            }
        }
        boolean unreachable = e instanceof ConnectionException || root instanceof ConnectException
                || sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
        if (unreachable) {
            String why = sql != null && sql.getMessage() != null ? sql.getMessage()
                    : root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
            return new DatabaseUnavailableException(doing + " failed: the database cannot be reached (" + why + ")", e);
        }
        String reason = sql != null ? FailureReason.of(sql) : "the database reported an error (" + e.getClass().getSimpleName() + ")";
        return new DatabaseException(doing + " failed: " + reason, e);
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
