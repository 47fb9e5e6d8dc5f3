package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import com.laca.application.shared.PersistencePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The booking flows on PostgreSQL as the application role, with exclusion constraints and row-level security. */
class PostgresBookingIT extends BookingFlows {

    private static PostgresTestDatabase database;
    private static JpaPersistencePorts adapter;
    private static JpaPersistencePorts second;

    @BeforeAll
    static void migrate() {
        database = PostgresTestDatabase.createOrSkip();
        new FlywayMigrator().migrate(database.ownerDataSource(), PostgresTestDatabase.APP_ROLE);
        adapter = new JpaPersistencePorts(database.appDataSource());
        second = new JpaPersistencePorts(database.appDataSource());
    }

    @AfterAll
    static void drop() {
        if (adapter != null) {
            adapter.close();
        }
        if (second != null) {
            second.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Override
    PersistencePorts ports() {
        return adapter;
    }

    @Override
    PersistencePorts secondServer() {
        return second;
    }
}
