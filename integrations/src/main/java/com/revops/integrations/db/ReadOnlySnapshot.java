package com.revops.integrations.db;

import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleScope;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.extension.HandleSupplier;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * One read-only transaction on one handle, shared by several reads made one after another — from
 * one thread or from several in turn: every statement any store runs inside {@link #read} joins it
 * (the stores' own {@code withHandle} finds this handle in Jdbi's handle scope). Repeatable read,
 * so all the reads see one consistent snapshot of the data. Opened on the first read; {@link #close()}
 * ends it and gives the connection back as it was (docs/decisions/0057-one-read-per-headline.md).
 */
public final class ReadOnlySnapshot implements AutoCloseable {
    private final Jdbi jdbi;
    private Handle handle;
    private TransactionIsolationLevel isolationBefore = TransactionIsolationLevel.READ_COMMITTED;
    private boolean closed;

    private ReadOnlySnapshot(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public static ReadOnlySnapshot on(Database database) {
        return new ReadOnlySnapshot(database.jdbi());
    }

    /** Runs {@code work} inside the snapshot's transaction; reads are made one at a time. */
    public synchronized <T> T read(String doing, Supplier<T> work) {
        if (closed) {
            throw new IllegalStateException(doing + ": the snapshot was closed (a newer read replaced it)");
        }
        HandleScope scope = jdbi.getHandleScope();
        HandleSupplier outer = scope.get();
        if (outer != null && handle == null) {
            return work.get(); // inside a caller's unit of work on this thread: read in it, and see its writes
        }
        try {
            if (handle == null) {
                handle = begin();
            }
        } catch (JdbiException e) {
            throw DatabaseErrors.translate(doing, e);
        }
        scope.set(handle);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                scope.clear();
            } else {
                scope.set(outer);
            }
        }
    }

    private Handle begin() {
        Handle opened = jdbi.open();
        try {
            isolationBefore = opened.getTransactionIsolationLevel();
            opened.setReadOnly(true);
            opened.setTransactionIsolationLevel(TransactionIsolationLevel.REPEATABLE_READ);
            opened.begin();
            return opened;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** Ends the transaction (nothing was written) and gives the connection back read-write, at its isolation level as before. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (handle == null) {
            return;
        }
        try {
            handle.rollback();
            handle.setTransactionIsolationLevel(isolationBefore);
            handle.setReadOnly(false);
        } catch (JdbiException e) {
            // the connection is broken: closing it below is all that is left to do
        } finally {
            handle.close();
            handle = null;
        }
    }
}
