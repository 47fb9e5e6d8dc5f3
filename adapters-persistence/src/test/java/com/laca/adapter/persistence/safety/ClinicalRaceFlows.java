package com.laca.adapter.persistence.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.persistence.consent.JpaConsentRecordRepository;
import com.laca.adapter.persistence.consent.JpaConsentTemplateRepository;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.application.consent.port.out.StoredConsent;
import com.laca.application.safety.service.AuditLogService;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.ConsentId;
import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.consent.ConsentResult;
import com.laca.domain.consent.ConsentTemplate;
import com.laca.domain.consent.ConsentTemplateId;
import com.laca.domain.consent.CourseId;
import com.laca.domain.identity.Role;
import com.laca.domain.safety.AuditChainVerifier.ChainVerification;
import com.laca.domain.safety.AuditEventType;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Clinical records written by requests at the same moment, on each database: concurrent audit appends each either
 * commit or answer a conflict to retry (never another failure) and the chain never forks; two changes of one consent
 * read at the same version cannot both be stored.
 */
final class ClinicalRaceFlows {

    private static final int WRITERS = 6;
    private static final int ROUNDS = 5;

    private ClinicalRaceFlows() {
    }

    /** Six writers append at once, five times: every append commits or is a conflict, and the chain verifies. */
    static void concurrentAppendsNeverFork(JpaPersistencePorts adapter) throws Exception {
        TenantId tenant = TenantId.random();
        AuditLogService log = new AuditLogService(adapter.tx(), new JpaAuditLogRepository(adapter.current()),
                Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        int appended = 0;
        int conflicts = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(WRITERS);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    String subject = "appointment:" + round + "-" + writer;
                    outcomes.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        try {
                            log.append(tenant, AuditEventType.CHECK_IN, subject, "user:desk", Map.of());
                            return true;
                        } catch (ConflictException e) {
                            return false;
                        }
                    }));
                }
                for (Future<Boolean> outcome : outcomes) {
                    if (outcome.get(60, TimeUnit.SECONDS)) {
                        appended++;
                    } else {
                        conflicts++;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }

        int committed = appended;
        assertThat(appended).as("appends that committed (%d conflicts)", conflicts).isPositive();
        assertThat(log.verify(new Caller(UserId.random(), tenant, Set.of(Role.OWNER))))
                .isInstanceOfSatisfying(ChainVerification.Intact.class,
                        intact -> assertThat(intact.entries()).isEqualTo(committed));
    }

    /**
     * Two requests read one consent at the same version and both withdraw it, five times: exactly one change is
     * stored, the other is a version conflict, and the stored row is the winner's.
     */
    static void concurrentConsentChangesNeverLoseOne(JpaPersistencePorts adapter) throws Exception {
        Tenant tenant = new Tenant(TenantId.random(), new TenantSlug("race-" + UUID.randomUUID()), "Clinic",
                ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
        Instant now = Instant.parse("2026-11-30T10:00:00Z");
        JpaConsentRecordRepository consents = new JpaConsentRecordRepository(adapter.current());
        ConsentTemplate form = new ConsentTemplate(ConsentTemplateId.random(), TreatmentCategory.DERMAL_FILLER,
                "GB-ENG", 1, LocalDate.of(2026, 1, 1), "Filler consent", List.of());
        Client client = new Client(ClientId.random(), tenant.id(), "Rae", "Race",
                new EmailAddress("rae@example.com"), new PhoneNumber("07700 900123"), LocalDate.of(1990, 1, 1));
        adapter.tx().inTenant(tenant.id(), () -> {
            adapter.tenants().insert(tenant);
            adapter.clients().insert(client);
            new JpaConsentTemplateRepository(adapter.current(), Clock.fixed(now, ZoneOffset.UTC)).insert(form);
            return null;
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                UUID appointment = UUID.randomUUID();
                ConsentId id = ConsentId.random();
                adapter.tx().inTenant(tenant.id(), () -> {
                    consents.insert(new AppointmentId(appointment), ConsentRecord
                            .informationGiven(id, client.id(), new CourseId(appointment), form, now));
                    return null;
                });
                CyclicBarrier bothRead = new CyclicBarrier(2);
                List<Future<Instant>> outcomes = new ArrayList<>();
                for (int request = 1; request <= 2; request++) {
                    Instant withdrawnAt = now.plusSeconds(request);
                    outcomes.add(pool.submit(() -> adapter.tx().inTenant(tenant.id(), () -> {
                        StoredConsent read = consents.find(id).orElseThrow();
                        await(bothRead);
                        ConsentRecord changed = ((ConsentResult.Applied) read.record().withdraw(withdrawnAt))
                                .consent();
                        try {
                            consents.update(changed, read.version());
                            return withdrawnAt;
                        } catch (VersionConflictException e) {
                            return null;
                        }
                    })));
                }
                List<Instant> stored = new ArrayList<>();
                for (Future<Instant> outcome : outcomes) {
                    Instant winner = outcome.get(60, TimeUnit.SECONDS);
                    if (winner != null) {
                        stored.add(winner);
                    }
                }
                assertThat(stored).as("round %d: changes that claim to be stored", round).hasSize(1);
                assertThat(adapter.tx().inTenant(tenant.id(), () -> consents.find(id).orElseThrow().record()
                        .withdrawnAt())).contains(stored.get(0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other request never read the consent", e);
        }
    }
}
