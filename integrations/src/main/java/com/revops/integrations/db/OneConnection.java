package com.revops.integrations.db;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The connection of a CLI call (docs/decisions/0066-one-connection-for-a-cli-call.md): one plain
 * PostgreSQL connection, opened on first use and lent to every Jdbi handle of the call in turn, instead
 * of a pool with its threads. Closing a handle gives the connection back (a transaction left open is
 * rolled back, auto-commit and read-write restored). Should two handles be open at once, the second
 * gets a connection of its own, closed when it is given back, so nothing waits and nothing is shared.
 */
final class OneConnection implements DataSource, AutoCloseable {
    private final PGSimpleDataSource source = new PGSimpleDataSource();
    private Connection idle;
    private boolean closed;

    OneConnection(String jdbcUrl, String user, String password, String applicationName) {
        source.setURL(jdbcUrl);
        if (user != null) {
            source.setUser(user);
        }
        if (password != null) {
            source.setPassword(password);
        }
        source.setApplicationName(applicationName);
        source.setConnectTimeout(5);
        source.setReWriteBatchedInserts(true);
        // as the pool's: the server's error detail quotes row values, kept out of every exception
        source.setLogServerErrorDetail(false);
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        if (closed) {
            throw new SQLException("The database connection of this call is closed", "08003");
        }
        Connection physical = idle;
        idle = null;
        if (physical == null || physical.isClosed()) {
            physical = source.getConnection();
        }
        return lend(physical);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("One connection, one user");
    }

    private Connection lend(Connection physical) {
        InvocationHandler handler = new InvocationHandler() {
            private boolean returned;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                switch (method.getName()) {
                    case "close" -> {
                        if (!returned) {
                            returned = true;
                            giveBack(physical);
                        }
                        return null;
                    }
                    case "isClosed" -> {
                        return returned || physical.isClosed();
                    }
                    case "unwrap" -> {
                        return ((Class<?>) args[0]).isInstance(proxy) ? proxy : physical.unwrap((Class<?>) args[0]);
                    }
                    case "isWrapperFor" -> {
                        return ((Class<?>) args[0]).isInstance(proxy) || physical.isWrapperFor((Class<?>) args[0]);
                    }
                    default -> {
                        if (returned) {
                            throw new SQLException("Connection already given back", "08003");
                        }
                        try {
                            return method.invoke(physical, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private synchronized void giveBack(Connection physical) throws SQLException {
        if (physical.isClosed()) {
            return;
        }
        try {
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            if (physical.isReadOnly()) {
                physical.setReadOnly(false);
            }
        } catch (SQLException e) {
            physical.close(); // broken: the next handle opens a new one
            return;
        }
        if (idle == null && !closed) {
            idle = physical;
        } else {
            physical.close();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (idle != null) {
            try {
                idle.close();
            } catch (SQLException e) {
                // the server is gone already: nothing left to release
            }
            idle = null;
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no driver log
    }

    @Override
    public void setLoginTimeout(int seconds) {
        source.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return source.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
