package com.laca.adapter.persistence.support;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Counts the connections the application holds from the container's pool and times every wait for one, because Payara
 * publishes no metrics for a pool declared with {@code @DataSourceDefinition}: an operator sees a pool running dry
 * (connections in use near the maximum, waits growing) before requests start failing.
 */
public final class MeteredDataSource implements DataSource {

    /** Told about every request for a connection: how long it waited and whether it got one. */
    @FunctionalInterface
    public interface Waits {

        /** One request for a connection took this long and ended with a connection or, if not obtained, an error. */
        void waited(Duration wait, boolean obtained);
    }

    private final DataSource pool;
    private final Waits waits;
    private final AtomicInteger inUse = new AtomicInteger();

    /** Meters the given pool, reporting each wait for a connection to {@code waits}. */
    public MeteredDataSource(DataSource pool, Waits waits) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.waits = Objects.requireNonNull(waits, "waits");
    }

    /** The connections taken from the pool and not yet closed: what the pool's maximum is compared against. */
    public int inUse() {
        return inUse.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return metered(pool::getConnection);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return metered(() -> pool.getConnection(username, password));
    }

    private interface Acquire {
        Connection get() throws SQLException;
    }

    private Connection metered(Acquire acquire) throws SQLException {
        long started = System.nanoTime();
        Connection connection;
        try {
            connection = acquire.get();
        } catch (SQLException | RuntimeException e) {
            waits.waited(Duration.ofNanos(System.nanoTime() - started), false);
            throw e;
        }
        waits.waited(Duration.ofNanos(System.nanoTime() - started), true);
        inUse.incrementAndGet();
        return (Connection) Proxy.newProxyInstance(MeteredDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Returned(connection));
    }

    /** Passes every call to the pooled connection and counts it back in the first time it is closed. */
    private final class Returned implements InvocationHandler {

        private final Connection connection;
        private final AtomicBoolean closed = new AtomicBoolean();

        Returned(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "metered " + connection;
                case "close":
                    try {
                        connection.close();
                    } finally {
                        if (closed.compareAndSet(false, true)) {
                            inUse.decrementAndGet();
                        }
                    }
                    return null;
                default:
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
