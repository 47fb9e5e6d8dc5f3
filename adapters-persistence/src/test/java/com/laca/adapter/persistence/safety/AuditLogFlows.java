package com.laca.adapter.persistence.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.application.safety.service.AuditLogService;
import com.laca.application.shared.Caller;
import com.laca.domain.identity.Role;
import com.laca.domain.safety.AuditChainVerifier.ChainVerification;
import com.laca.domain.safety.AuditEventType;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The clinical audit log as stored: entries appended through the JPA adapter chain and verify intact (the exact
 * instant survives the round trip), and an entry changed behind the application's back is named by the verifier.
 */
final class AuditLogFlows {

    private AuditLogFlows() {
    }

    /**
     * @param adapter the JPA adapter, connected as the application
     * @param owner   a connection that may change rows (the table owner on PostgreSQL), as a tamperer would
     * @param setTenant the statement that makes row-level security show the tenant's rows, or {@code null} on H2
     */
    static void tamperedEntryIsNamed(JpaPersistencePorts adapter, DataSource owner, String setTenant)
            throws SQLException {
        TenantId tenant = TenantId.random();
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:15:30.123456789Z"), ZoneOffset.UTC);
        AuditLogService log = new AuditLogService(adapter.tx(), new JpaAuditLogRepository(adapter.current()), clock);
        Caller reader = new Caller(UserId.random(), tenant, Set.of(Role.OWNER));
        log.append(tenant, AuditEventType.SCREENING_ANSWERED, "client:a", "client:a", Map.of("outcome", "CLEAR"));
        log.append(tenant, AuditEventType.CONSENT_SIGNED, "appointment:b", "client:a",
                Map.of("templateVersion", "1", "consent", "c&d=e"));
        log.append(tenant, AuditEventType.CHECK_IN, "appointment:b", "user:f", Map.of());

        assertThat(log.verify(reader)).isInstanceOfSatisfying(ChainVerification.Intact.class,
                intact -> assertThat(intact.entries()).isEqualTo(3));

        try (Connection connection = owner.getConnection()) {
            if (setTenant != null) {
                try (PreparedStatement set = connection.prepareStatement(setTenant)) {
                    set.setString(1, tenant.toString());
                    set.execute();
                }
            }
            try (PreparedStatement update = connection.prepareStatement("update clinical_audit_log set details = "
                    + "'templateVersion=2' where tenant_id = ? and sequence_no = 2")) {
                update.setString(1, tenant.toString());
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
        }

        assertThat(log.verify(reader)).isInstanceOfSatisfying(ChainVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(2);
            assertThat(broken.reason()).isEqualTo(ChainVerification.Break.CONTENT_ALTERED);
            assertThat(broken.message()).startsWith("Entry 2");
        });
    }
}
