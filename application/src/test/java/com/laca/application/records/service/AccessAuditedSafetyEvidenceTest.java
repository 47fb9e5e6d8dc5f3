package com.laca.application.records.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.safety.port.in.ClientSafetyView;
import com.laca.application.safety.port.in.RecordDirectionCommand;
import com.laca.application.safety.port.in.RecordIdCheckCommand;
import com.laca.application.safety.port.in.SafetyEvidenceUseCase;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Role;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AccessedRecord;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A staff read of a client's safety view is in the client's access audit, in the read's transaction")
class AccessAuditedSafetyEvidenceTest {

    private static final TenantId CLINIC = TenantId.random();
    private static final Caller NURSE = new Caller(UserId.random(), CLINIC, Set.of(Role.PRACTITIONER));
    private static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");

    private final ClientId known = ClientId.random();
    private final List<AccessAuditEntry> audit = new ArrayList<>();
    private final List<String> transactions = new ArrayList<>();
    private final SafetyEvidenceUseCase evidence = new AccessAuditedSafetyEvidence(new Evidence(), new Transactions(),
            new Audit(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    @DisplayName("the view is answered and one entry names the reader, the client's safety record, the time and "
            + "direct care, written inside the transaction that built the view")
    void viewIsAudited() {
        ClientSafetyView view = evidence.safetyView(NURSE, known);

        assertThat(view.client()).isEqualTo(known);
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(NURSE.userId());
            assertThat(entry.client()).isEqualTo(known);
            assertThat(entry.accessed()).isEqualTo(AccessedRecord.SCREENING);
            assertThat(entry.recordId()).contains(known.value());
            assertThat(entry.reason()).isEqualTo(AccessReason.DIRECT_CARE);
            assertThat(entry.at()).isEqualTo(NOW);
        });
        assertThat(transactions).containsExactly("begin", "view", "audit", "commit");
    }

    @Test
    @DisplayName("a view that is not answered (unknown client) leaves no entry")
    void unansweredReadLeavesNoEntry() {
        assertThatThrownBy(() -> evidence.safetyView(NURSE, ClientId.random()))
                .isInstanceOf(NotFoundException.class);

        assertThat(audit).isEmpty();
    }

    private final class Evidence implements SafetyEvidenceUseCase {
        @Override
        public IdCheck recordIdCheck(Caller caller, RecordIdCheckCommand command) {
            throw new UnsupportedOperationException("not read here");
        }

        @Override
        public DoctorsDirection recordDirection(Caller caller, RecordDirectionCommand command) {
            throw new UnsupportedOperationException("not read here");
        }

        @Override
        public ClientSafetyView safetyView(Caller caller, ClientId client) {
            if (!client.equals(known)) {
                throw new NotFoundException("client", client);
            }
            transactions.add("view");
            return new ClientSafetyView(client, List.of(), List.of(), List.of(), List.of());
        }
    }

    private final class Transactions implements TransactionRunner {
        @Override
        public <T> T inTenant(TenantId tenant, Supplier<T> work) {
            transactions.add("begin");
            T result = work.get();
            transactions.add("commit");
            return result;
        }

        @Override
        public <T> T asPlatform(Supplier<T> work) {
            throw new UnsupportedOperationException("tenant work only");
        }
    }

    private final class Audit implements AccessAuditRepository {
        @Override
        public void append(AccessAuditEntry entry) {
            transactions.add("audit");
            audit.add(entry);
        }

        @Override
        public List<AccessAuditEntry> ofClient(ClientId client) {
            return List.copyOf(audit);
        }

        @Override
        public boolean anyAbout(Collection<ClientId> clients) {
            throw new UnsupportedOperationException("not asked here");
        }
    }
}
