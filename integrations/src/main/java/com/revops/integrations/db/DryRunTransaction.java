package com.revops.integrations.db;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jdbi.v3.core.JdbiException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The one transaction of a dry run ({@code --dry-run}, SPEC §5): every statement of the command —
 * whatever repository runs it, in however many Jdbi handles and transactions — goes to a single
 * connection whose transaction is rolled back at {@link #close()}. The command reads its own writes
 * (a deal moves the contact, the alert finds the deal), so it prints exactly what a real run would
 * do, and the database is left as it was.
 *
 * <p>How: {@link #database()} is a {@link Database} whose every connection is a view of that one
 * connection. A view's own transaction is a savepoint: {@code commit} releases it, {@code rollback}
 * returns to it; nothing ever commits. Sequences are not transactional in PostgreSQL, so ids taken
 * in a dry run are skipped later (a gap, not a change of data).
 */
public final class DryRunTransaction implements AutoCloseable {
    private final Connection connection;
    private final Database database;
    /** The counters as the transaction began: a backend may still hold counts of its earlier transactions, not yet reported. */
    private final Map<String, TableChange> before;
    private boolean closed;

    private DryRunTransaction(Connection connection, String description) {
        this.connection = connection;
        HikariConfig config = new HikariConfig();
        config.setDataSource(new Views(connection));
        config.setPoolName("revops-dry-run");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        this.database = Database.wrap(new HikariDataSource(config), "dry run on " + description);
        this.before = counters();
    }

    /** Starts a dry run on {@code real}: takes one of its connections and opens the transaction that will be rolled back. */
    public static DryRunTransaction begin(Database real) {
        try {
            Connection connection = real.dataSource().getConnection();
            try {
                connection.setAutoCommit(false);
                return new DryRunTransaction(connection, real.description());
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Database unavailable (" + real.description() + "): " + e.getMessage(), e);
        }
    }

    /** The database as this dry run sees it: the real data plus the command's own writes, which no one else sees. */
    public Database database() {
        return database;
    }

    /** What the command has written so far, per table (inserted, updated, deleted rows), from PostgreSQL's own counters. */
    public List<TableChange> changes() {
        List<TableChange> changes = new ArrayList<>();
        counters().forEach((table, now) -> {
            TableChange then = before.getOrDefault(table, new TableChange(table, 0, 0, 0));
            TableChange change = new TableChange(table, now.inserted() - then.inserted(), now.updated() - then.updated(),
                    now.deleted() - then.deleted());
            if (change.inserted() + change.updated() + change.deleted() > 0) {
                changes.add(change);
            }
        });
        return changes;
    }

    private Map<String, TableChange> counters() {
        try {
            Map<String, TableChange> counters = new TreeMap<>();
            database.jdbi().useHandle(h -> h.createQuery("""
                            SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_xact_user_tables
                             WHERE schemaname = current_schema() AND n_tup_ins + n_tup_upd + n_tup_del > 0""")
                    .map((rs, ctx) -> new TableChange(rs.getString("relname"), rs.getLong("n_tup_ins"), rs.getLong("n_tup_upd"),
                            rs.getLong("n_tup_del")))
                    .forEach(c -> counters.put(c.table(), c)));
            return counters;
        } catch (JdbiException e) {
            throw DatabaseErrors.translate("Reading what the dry run wrote", e);
        }
    }

    /** Rolls everything back and gives the connection back to the real pool. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        database.close();
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new DatabaseException("Rolling back the dry run failed: " + e.getMessage(), e);
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the pool discards a broken connection; the transaction ends with it
            }
        }
    }

    /** Rows a table would gain, change or lose. */
    public record TableChange(String table, long inserted, long updated, long deleted) {
    }

    /** Hands out views of the one connection. */
    private static final class Views implements DataSource {
        private final Connection connection;

        Views(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection getConnection() {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    new View(connection));
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no log writer
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // the connection is open already
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    /**
     * One view of the connection: its own autocommit flag; its "transaction" is a savepoint. Closing
     * it leaves the connection open. Everything else goes to the real connection.
     */
    private static final class View implements InvocationHandler {
        private final Connection connection;
        private boolean autoCommit = true;
        private boolean closed;
        private boolean readOnly;
        private Integer isolation;
        private Savepoint savepoint;

        View(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "getAutoCommit":
                    return autoCommit;
                case "setAutoCommit":
                    setAutoCommit((Boolean) args[0]);
                    return null;
                case "commit":
                    if (!autoCommit) {
                        release();
                        savepoint = connection.setSavepoint();
                    }
                    return null;
                case "rollback":
                    if (args == null || args.length == 0) {
                        if (!autoCommit && savepoint != null) {
                            connection.rollback(savepoint);
                        }
                        return null;
                    }
                    break;
                case "setReadOnly":
                    readOnly = (Boolean) args[0]; // the dry run's transaction is under way: the mode cannot change, and it writes nothing anyway
                    return null;
                case "isReadOnly":
                    return readOnly;
                case "setTransactionIsolation":
                    isolation = (Integer) args[0]; // likewise: one transaction, its level fixed when it began
                    return null;
                case "getTransactionIsolation":
                    return isolation == null ? connection.getTransactionIsolation() : isolation;
                case "close":
                case "abort":
                    if (!closed) {
                        closed = true;
                        if (!autoCommit && savepoint != null) {
                            connection.rollback(savepoint);
                            release();
                        }
                    }
                    return null;
                case "isClosed":
                    return closed || connection.isClosed();
                case "unwrap":
                    return connection.unwrap((Class<?>) args[0]);
                case "isWrapperFor":
                    return connection.isWrapperFor((Class<?>) args[0]);
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "dry-run view of " + connection;
                default:
                    break;
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void setAutoCommit(boolean on) throws SQLException {
            if (on == autoCommit) {
                return;
            }
            if (on) {
                release(); // JDBC: switching autocommit on commits; here it keeps the work in the dry run
            } else {
                savepoint = connection.setSavepoint();
            }
            autoCommit = on;
        }

        private void release() throws SQLException {
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
                savepoint = null;
            }
        }
    }
}
