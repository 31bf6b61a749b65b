package com.revops.integrations.settings;

import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import com.revops.integrations.db.DatabaseErrors;

/** Runs a settings read or write in a transaction, translating Jdbi's exceptions once. */
final class Writes {
    private Writes() {
    }

    static <T> T inTransaction(Jdbi jdbi, String doing, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (JdbiException e) {
            throw DatabaseErrors.translate(doing, e);
        }
    }
}
