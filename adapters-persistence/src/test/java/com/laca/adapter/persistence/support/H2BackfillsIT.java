package com.laca.adapter.persistence.support;

import java.sql.Connection;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** Data migrations on H2, which has no row-level security: every transaction sees every tenant. */
@DisplayName("Backfills on H2")
class H2BackfillsIT {

    private final JdbcDataSource database = new JdbcDataSource();

    H2BackfillsIT() {
        database.setURL("jdbc:h2:mem:backfill-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    @Nested
    @DisplayName("Agreed terms of existing appointments (V38)")
    class AgreedTerms extends AgreedTermsBackfillFlows {

        @Override
        protected DataSource owner() {
            return database;
        }

        @Override
        protected String appRole() {
            return FlywayMigrator.DEFAULT_APP_ROLE;
        }

        @Override
        protected void actAs(Connection connection, String tenant) {
        }
    }

    @Nested
    @DisplayName("Name words of existing clients (V39)")
    class NameWords extends NameWordsBackfillFlows {

        @Override
        protected DataSource owner() {
            return database;
        }

        @Override
        protected String appRole() {
            return FlywayMigrator.DEFAULT_APP_ROLE;
        }

        @Override
        protected void actAs(Connection connection, String tenant) {
        }
    }
}
