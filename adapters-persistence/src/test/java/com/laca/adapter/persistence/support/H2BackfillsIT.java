package com.laca.adapter.persistence.support;

import java.sql.Connection;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** Data migrations on H2, which has no row-level security: every transaction sees every tenant. */
@DisplayName("Backfills on H2")
class H2BackfillsIT implements BackfillFlows.Owner {

    private final JdbcDataSource database = new JdbcDataSource();

    H2BackfillsIT() {
        database.setURL("jdbc:h2:mem:backfill-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    public DataSource dataSource() {
        return database;
    }

    @Override
    public String appRole() {
        return FlywayMigrator.DEFAULT_APP_ROLE;
    }

    /** H2 has no row-level security: every transaction sees every tenant. */
    @Override
    public void actAs(Connection connection, String tenant) {
    }

    @Nested
    @DisplayName("Agreed terms of existing appointments (V38)")
    class AgreedTerms extends AgreedTermsBackfillFlows {

        @Override
        protected BackfillFlows.Owner database() {
            return H2BackfillsIT.this;
        }
    }

    @Nested
    @DisplayName("Name words and their pairs of existing clients (V39, V40)")
    class NameWords extends NameWordsBackfillFlows {

        @Override
        protected BackfillFlows.Owner database() {
            return H2BackfillsIT.this;
        }
    }
}
