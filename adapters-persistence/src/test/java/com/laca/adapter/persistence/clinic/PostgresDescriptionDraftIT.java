package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Drafted treatment descriptions on PostgreSQL as the application role, under row-level security. */
class PostgresDescriptionDraftIT extends DescriptionDraftFlows {

    private static PostgresTestDatabase database;
    private static JpaPersistencePorts adapter;

    @BeforeAll
    static void migrate() {
        database = PostgresTestDatabase.createOrSkip();
        new FlywayMigrator().migrate(database.ownerDataSource(), PostgresTestDatabase.APP_ROLE);
        adapter = new JpaPersistencePorts(database.appDataSource());
    }

    @AfterAll
    static void drop() {
        if (adapter != null) {
            adapter.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Override
    JpaPersistencePorts ports() {
        return adapter;
    }
}
