package com.laca.adapter.persistence.safety;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The clinical audit log on PostgreSQL: the application role can only insert and read it (PostgresRowLevelSecurityIT
 * proves it cannot update or delete), so tampering takes the table owner, and the verifier still names the entry.
 */
@DisplayName("The clinical audit log on PostgreSQL")
class PostgresAuditLogIT {

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

    @Test
    @DisplayName("an entry rewritten by the table owner is named as altered")
    void tamperedEntryIsNamed() throws SQLException {
        AuditLogFlows.tamperedEntryIsNamed(adapter, database.ownerDataSource(),
                "select set_config('app.tenant_id', ?, false)");
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
