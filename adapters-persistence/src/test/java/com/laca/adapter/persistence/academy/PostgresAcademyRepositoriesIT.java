package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import com.laca.application.academy.port.out.AcademyRepositoriesContract;
import com.laca.application.academy.port.out.AcademyStores;
import com.laca.application.shared.PersistencePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The academy's store contract on JPA over PostgreSQL as the application role, so every statement also passes
 * row-level security and the role's grants; skipped when {@code LACA_TEST_DB_URL} is unset.
 */
class PostgresAcademyRepositoriesIT extends AcademyRepositoriesContract {

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
    protected PersistencePorts createPorts() {
        return adapter;
    }

    @Override
    protected AcademyStores academy() {
        return new JpaAcademyStores(adapter);
    }
}
