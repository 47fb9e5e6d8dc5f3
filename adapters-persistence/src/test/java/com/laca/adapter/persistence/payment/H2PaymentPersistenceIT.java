package com.laca.adapter.persistence.payment;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistence;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The payment flows on H2, the embedded default. */
class H2PaymentPersistenceIT extends PaymentPersistenceFlows {

    private static JpaPersistence persistence;
    private static final CurrentEntityManager CURRENT = new CurrentEntityManager();

    @BeforeAll
    static void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:laca-payments;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        new FlywayMigrator().migrate(dataSource, FlywayMigrator.DEFAULT_APP_ROLE);
        persistence = new JpaPersistence(dataSource);
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Override
    JpaPersistence persistence() {
        return persistence;
    }

    @Override
    CurrentEntityManager current() {
        return CURRENT;
    }
}
