package com.laca.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.application.records.port.in.ClientDetailsCommand;
import com.laca.application.records.service.EditClientService;
import com.laca.application.shared.Caller;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.identity.Role;
import com.laca.domain.records.ChangeAuthor;
import com.laca.domain.records.ChangeKind;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientField;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.FieldChange;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An unsubscribe through the link withdraws marketing on the client's record as any change does: the version moves
 * on, so a staff edit from the page read before cannot silently grant consent again, and the history says the client
 * did it through the link.
 */
@DisplayName("Unsubscribing from marketing on the client's record")
class ClientRecordMarketingOptOutsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static JpaPersistencePorts adapter;

    @BeforeAll
    static void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:laca-marketing-opt-outs;DB_CLOSE_DELAY=-1");
        new FlywayMigrator().migrate(dataSource, FlywayMigrator.DEFAULT_APP_ROLE);
        adapter = new JpaPersistencePorts(dataSource);
    }

    @AfterAll
    static void close() {
        adapter.close();
    }

    @Test
    @DisplayName("A staff edit based on the version read before the unsubscribe is refused as a conflict")
    void staleEditConflicts() {
        Tenant clinic = new Tenant(TenantId.random(), new TenantSlug("optout-" + UUID.randomUUID()), "Clinic",
                ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
        adapter.tx().asPlatform(() -> {
            adapter.tenants().insert(clinic);
            return null;
        });
        Caller reception = new Caller(UserId.random(), clinic.id(), Set.of(Role.OWNER));
        EditClientService clients = new EditClientService(adapter.tx(), adapter.clientProfiles(), CLOCK);
        ClientDetailsCommand details = new ClientDetailsCommand("Cara", "Client", LocalDate.of(1990, 1, 1),
                "cara@example.com", "07700 900123", ContactPreferences.NONE, true, false);
        ClientProfile cara = clients.create(reception, details);
        long versionOnScreen = adapter.tx().inTenant(clinic.id(), () -> adapter.clientProfiles().version(cara.id()));
        ClientRecordMarketingOptOuts optOuts = new ClientRecordMarketingOptOuts(adapter.clientProfiles(), CLOCK);

        boolean known = adapter.tx().inTenant(clinic.id(), () -> optOuts.withdrawMarketing(cara.id()));

        assertThat(known).isTrue();
        assertThatThrownBy(() -> clients.edit(reception, cara.id(), versionOnScreen, details))
                .isInstanceOf(VersionConflictException.class);
        List<ClientChange> history = adapter.tx().inTenant(clinic.id(),
                () -> adapter.clientProfiles().history(cara.id()));
        // both changes carry the fixed clock's instant, so the history's order between them is not theirs to say
        assertThat(history).extracting(ClientChange::kind)
                .containsExactlyInAnyOrder(ChangeKind.CREATED, ChangeKind.EDITED);
        ClientChange last = history.stream().filter(change -> change.kind() == ChangeKind.EDITED).findFirst()
                .orElseThrow();
        assertThat(last.changedBy()).isEqualTo(ChangeAuthor.UNSUBSCRIBE_LINK);
        assertThat(last.fields()).containsExactly(new FieldChange(ClientField.MARKETING_MESSAGES,
                "granted " + NOW, "not granted"));
        assertThat(adapter.tx().inTenant(clinic.id(), () -> adapter.clientProfiles().find(cara.id())).orElseThrow()
                .marketing().allowsMessages()).isFalse();
    }
}
