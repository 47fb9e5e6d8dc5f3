package com.laca.bootstrap.wiring;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.adapter.persistence.support.JpaTransactionRunner;
import com.laca.application.shared.TransactionRunner;
import com.laca.bootstrap.LacaDataSource;
import com.laca.bootstrap.metrics.PoolMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * What every area's wiring shares: the one place the system clock is read, the persistence unit on Payara's pool
 * (metered, see {@link PoolMetrics}), and the transaction runner with its thread-bound entity manager, which every JPA
 * repository is built on.
 */
@ApplicationScoped
public class SharedWiring {

    @Resource(lookup = LacaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    MetricRegistry metrics;

    private JpaPersistence persistence;
    private final CurrentEntityManager current = new CurrentEntityManager();

    @PostConstruct
    void open() {
        persistence = new JpaPersistence(PoolMetrics.meter(dataSource, metrics));
    }

    @PreDestroy
    void close() {
        persistence.close();
    }

    /** Everything else receives this clock. */
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The persistence unit, for the repositories that take their own locks or ask which database runs. */
    @Produces
    JpaPersistence persistence() {
        return persistence;
    }

    /** The one thread-bound transaction holder, shared by the runner and every repository. */
    @Produces
    CurrentEntityManager currentEntityManager() {
        return current;
    }

    @Produces
    @ApplicationScoped
    TransactionRunner transactionRunner() {
        return new JpaTransactionRunner(persistence, current);
    }
}
