package com.laca.adapter.persistence.safety;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The clinical audit log on H2")
class H2AuditLogIT {

    private static JdbcDataSource dataSource;
    private static JpaPersistencePorts adapter;

    @BeforeAll
    static void migrate() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:laca-audit-it;DB_CLOSE_DELAY=-1");
        new FlywayMigrator().migrate(dataSource, FlywayMigrator.DEFAULT_APP_ROLE);
        adapter = new JpaPersistencePorts(dataSource);
    }

    @AfterAll
    static void close() {
        adapter.close();
    }

    @Test
    @DisplayName("appended entries verify intact; an entry rewritten in SQL is named as altered")
    void tamperedEntryIsNamed() throws SQLException {
        AuditLogFlows.tamperedEntryIsNamed(adapter, dataSource, null);
    }

    @Test
    @DisplayName("audit entries appended at the same moment each commit or answer a conflict, and the chain never forks")
    void concurrentAppends() throws Exception {
        ClinicalRaceFlows.concurrentAppendsNeverFork(adapter);
    }

    @Test
    @DisplayName("two changes of one consent read at the same version: one is stored, the other is a conflict")
    void concurrentConsentChanges() throws Exception {
        ClinicalRaceFlows.concurrentConsentChangesNeverLoseOne(adapter);
    }
}
