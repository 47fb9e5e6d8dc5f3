package com.laca.bootstrap.e2e;

import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A fresh PostgreSQL database for one end-to-end run, set up as production is: migrations run as the owner role,
 * the server connects as {@code laca_app}, which owns no tables and is subject to row-level security.
 */
record PostgresTestServerDatabase(PostgresTestDatabase database) implements TestDatabase {

    static PostgresTestServerDatabase create() {
        return new PostgresTestServerDatabase(PostgresTestDatabase.createOrSkip());
    }

    @Override
    public Map<String, String> serverSettings() {
        String rolePassword = Optional.ofNullable(System.getenv(PostgresTestDatabase.ROLE_PASSWORD_VARIABLE))
                .orElse("unused-with-trust-auth");
        return Map.of(
                "laca.db.url", database.jdbcUrl(),
                "laca.db.user", PostgresTestDatabase.APP_ROLE,
                "laca.db.password", rolePassword,
                "laca.db.migration.user", PostgresTestDatabase.OWNER_ROLE,
                "laca.db.migration.password", rolePassword);
    }

    @Override
    public boolean isPostgres() {
        return true;
    }

    /** Connects as the application role, to prove what that role can and cannot see. */
    DataSource appDataSource() {
        return database.appDataSource();
    }

    @Override
    public void close() {
        database.close();
    }
}
