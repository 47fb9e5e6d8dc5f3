package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Drafted treatment descriptions on H2, the embedded default. */
class H2DescriptionDraftIT extends DescriptionDraftFlows {

    private static JpaPersistencePorts adapter;

    @BeforeAll
    static void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:laca-drafts;DB_CLOSE_DELAY=-1");
        new FlywayMigrator().migrate(dataSource, FlywayMigrator.DEFAULT_APP_ROLE);
        adapter = new JpaPersistencePorts(dataSource);
    }

    @AfterAll
    static void close() {
        adapter.close();
    }

    @Override
    JpaPersistencePorts ports() {
        return adapter;
    }
}
