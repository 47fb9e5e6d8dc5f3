package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import com.laca.application.academy.port.out.IssuerKeyRepository;
import com.laca.application.academy.port.out.IssuerKeyRepositoryContract;
import com.laca.application.shared.PersistencePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The issuer key store contract on PostgreSQL as the application role, through row-level security and its grants,
 * where concurrent first uses meet {@code on conflict do nothing}; skipped when {@code LACA_TEST_DB_URL} is unset.
 */
class PostgresIssuerKeyRepositoryIT extends IssuerKeyRepositoryContract {

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
    protected IssuerKeyRepository issuerKeys() {
        return new JpaIssuerKeyRepository(adapter.persistence(), adapter.current());
    }
}
