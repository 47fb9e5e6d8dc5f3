package com.laca.adapter.persistence.support;

import java.sql.Connection;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Agreed terms of existing appointments, filled on H2")
class H2AgreedTermsBackfillIT extends AgreedTermsBackfillFlows {

    private final JdbcDataSource database = new JdbcDataSource();

    H2AgreedTermsBackfillIT() {
        database.setURL("jdbc:h2:mem:backfill-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    protected DataSource owner() {
        return database;
    }

    @Override
    protected String appRole() {
        return FlywayMigrator.DEFAULT_APP_ROLE;
    }

    /** H2 has no row-level security: every transaction sees every tenant. */
    @Override
    protected void actAs(Connection connection, String tenant) {
    }
}
