package com.laca.adapter.persistence.payment;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The payment flows on PostgreSQL as the application role, under row-level security. */
class PostgresPaymentPersistenceIT extends PaymentPersistenceFlows {

    private static PostgresTestDatabase database;
    private static JpaPersistence persistence;
    private static final CurrentEntityManager CURRENT = new CurrentEntityManager();

    @BeforeAll
    static void migrate() {
        database = PostgresTestDatabase.createOrSkip();
        new FlywayMigrator().migrate(database.ownerDataSource(), PostgresTestDatabase.APP_ROLE);
        persistence = new JpaPersistence(database.appDataSource());
    }

    @AfterAll
    static void drop() {
        if (persistence != null) {
            persistence.close();
        }
        if (database != null) {
            database.close();
        }
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
