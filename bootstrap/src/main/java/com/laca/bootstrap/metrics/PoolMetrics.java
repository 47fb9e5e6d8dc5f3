package com.laca.bootstrap.metrics;

import com.laca.adapter.persistence.support.MeteredDataSource;
import com.laca.bootstrap.LacaDataSource;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Publishes the application's connection pool under {@code /metrics?scope=application}: connections in use against
 * the maximum, the time spent waiting for one and the requests that got none, since Payara's own pool metrics do not
 * cover a pool declared with {@code @DataSourceDefinition}.
 */
public final class PoolMetrics {

    /** Connections the application holds now. */
    public static final String IN_USE = "laca.db.pool.connections.in.use";
    /** The pool's maximum size, for alerting on {@value #IN_USE} close to it. */
    public static final String MAX = "laca.db.pool.connections.max";
    /** Every request for a connection and how long it waited. */
    public static final String WAIT = "laca.db.pool.wait";
    /** Requests for a connection that failed (pool exhausted for its whole wait, or the database unreachable). */
    public static final String FAILURES = "laca.db.pool.failures";

    private PoolMetrics() {
    }

    /** Wraps the pool so every connection taken from it is counted, and registers the pool's metrics. */
    public static MeteredDataSource meter(DataSource pool, MetricRegistry registry) {
        Timer waits = registry.timer(Metadata.builder().withName(WAIT)
                .withDescription("Requests for a database connection and how long each waited for the pool")
                .withUnit(MetricUnits.NANOSECONDS).build());
        Counter failures = registry.counter(Metadata.builder().withName(FAILURES)
                .withDescription("Requests for a database connection that got none").build());
        MeteredDataSource metered = new MeteredDataSource(pool, (wait, obtained) -> {
            waits.update(wait);
            if (!obtained) {
                failures.inc();
            }
        });
        registry.gauge(Metadata.builder().withName(IN_USE)
                .withDescription("Database connections the application holds from its pool now").build(),
                metered, MeteredDataSource::inUse);
        registry.gauge(Metadata.builder().withName(MAX)
                .withDescription("The most database connections the application's pool opens").build(),
                metered, ignored -> LacaDataSource.MAX_POOL_SIZE);
        return metered;
    }
}
