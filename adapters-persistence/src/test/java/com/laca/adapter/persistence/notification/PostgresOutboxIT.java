package com.laca.adapter.persistence.notification;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import com.laca.application.notification.port.out.OutboxRepository;
import com.laca.application.notification.port.out.OutboxRepositoryContract;
import com.laca.application.shared.PersistencePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The outbox contract on PostgreSQL as the application role, so every statement also passes row-level security;
 * skipped when {@code LACA_TEST_DB_URL} is unset.
 */
class PostgresOutboxIT {

    private static PostgresTestDatabase database;
    private static JpaPersistencePorts adapter;

    @BeforeAll
    static void migrate() {
        database = PostgresTestDatabase.createOrSkip();
        new FlywayMigrator().migrate(database.ownerDataSource(), PostgresTestDatabase.APP_ROLE);
        adapter = new JpaPersistencePorts(database.appDataSource());
    }

    @AfterAll
    static void close() {
        if (adapter != null) {
            adapter.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Nested
    class PostgresOutboxRepositoryIT extends OutboxRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }

        @Override
        protected OutboxRepository outbox() {
            return adapter.outbox();
        }
    }
}
