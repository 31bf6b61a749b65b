package com.revops.integrations.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

import com.revops.integrations.db.Database;

/**
 * Counts the Jdbi handles (one connection each) a piece of work opens on a database, and notes for
 * each statement whether it ran in a transaction and read-only: "one read-only transaction" and "no
 * handle left open" checked on the real database, as Jdbi's own leak checker does.
 */
public final class HandleCount implements HandleListener, StatementCustomizer {
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private final List<Statement> statements = new CopyOnWriteArrayList<>();

    /** One statement: the connection it ran on (identity), in a transaction or not, read-only or not. */
    public record Statement(int connection, boolean inTransaction, boolean readOnly) {
    }

    private HandleCount() {
    }

    /** Starts counting on {@code database}: every handle and statement from now on. */
    public static HandleCount on(Database database) {
        HandleCount count = new HandleCount();
        database.jdbi().getConfig(Handles.class).addListener(count);
        database.jdbi().addCustomizer(count);
        return count;
    }

    @Override
    public void handleCreated(Handle handle) {
        opened.incrementAndGet();
    }

    @Override
    public void handleClosed(Handle handle) {
        closed.incrementAndGet();
    }

    @Override
    public void beforeExecution(PreparedStatement statement, StatementContext context) throws SQLException {
        Connection connection = context.getConnection();
        statements.add(new Statement(System.identityHashCode(connection), !connection.getAutoCommit(), connection.isReadOnly()));
    }

    /** Handles opened since counting began (each takes one connection). */
    public int opened() {
        return opened.get();
    }

    /** Handles opened and not closed: 0 when nothing leaked. */
    public int stillOpen() {
        return opened.get() - closed.get();
    }

    public List<Statement> statements() {
        return List.copyOf(statements);
    }

    /** Starts the counts again from zero. */
    public void reset() {
        opened.set(0);
        closed.set(0);
        statements.clear();
    }
}
