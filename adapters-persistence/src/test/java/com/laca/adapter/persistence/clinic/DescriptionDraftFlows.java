package com.laca.adapter.persistence.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.application.clinic.port.in.DepositDraft;
import com.laca.application.clinic.port.in.TreatmentDraft;
import com.laca.application.clinic.port.out.ContentWriter;
import com.laca.application.clinic.service.TreatmentDescriptionService;
import com.laca.application.clinic.service.TreatmentService;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.PageRequest;
import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.DescriptionDraft;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Drafting, reviewing and publishing treatment descriptions through the SQL store, on each database. */
abstract class DescriptionDraftFlows {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00.123456Z");

    abstract JpaPersistencePorts ports();

    private TreatmentService treatments() {
        return new TreatmentService(ports().tx(), ports().treatments(), ports().tenants(),
                ports().referenceDataVersion());
    }

    private TreatmentDescriptionService descriptions(Instant now) {
        ContentWriter writer = new ContentWriter() {
            @Override
            public String draftTreatmentDescription(Brief brief) {
                return "Drafted for " + brief.treatmentName() + ".\nIn a " + brief.tone() + " tone.";
            }

            @Override
            public DescriptionDraft.Source source() {
                return DescriptionDraft.Source.TEMPLATE;
            }
        };
        return new TreatmentDescriptionService(ports().tx(), ports().tenants(), ports().treatments(),
                new JpaDescriptionDraftRepository(ports().current()), ports().referenceDataVersion(), writer,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private Caller owner() {
        Tenant clinic = new Tenant(TenantId.random(), new TenantSlug("drafts-" + UUID.randomUUID()), "Glow Clinic",
                ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
        ports().tx().inTenant(clinic.id(), () -> {
            ports().tenants().insert(clinic);
            return null;
        });
        return new Caller(UserId.random(), clinic.id(), Set.of(Role.OWNER));
    }

    private Treatment peel(Caller owner) {
        return treatments().create(owner, new TreatmentDraft("Glow peel", TreatmentCategory.CHEMICAL_PEEL, null,
                Duration.ofMinutes(40), Duration.ZERO, Duration.ZERO, 9_000, null, Set.of(), BookingWindow.DEFAULT,
                DepositDraft.none(), true));
    }

    @Test
    @DisplayName("a draft is stored and read back whole; review and publication are stored with who and when")
    void storedThroughItsLife() {
        Caller owner = owner();
        Treatment peel = peel(owner);
        DescriptionDraft older = descriptions(NOW).draft(owner, peel.id(), "calm");
        DescriptionDraft newer = descriptions(NOW.plusSeconds(60)).draft(owner, peel.id(), "bright");

        assertThat(descriptions(NOW).drafts(owner, peel.id(), new PageRequest(0, 20)).items())
                .containsExactly(newer, older);
        var second = descriptions(NOW).drafts(owner, peel.id(), new PageRequest(1, 1));
        assertThat(second.items()).containsExactly(older);
        assertThat(second.total()).isEqualTo(2);
        assertThat(descriptions(NOW).get(owner, older.id())).isEqualTo(older);
        assertThat(older.text()).isEqualTo("Drafted for Glow peel.\nIn a calm tone.");

        DescriptionDraft reviewed = descriptions(NOW.plusSeconds(120)).review(owner, older.id(), "Our peel.");
        DescriptionDraft published = descriptions(NOW.plusSeconds(180)).publish(owner, older.id());

        assertThat(descriptions(NOW).get(owner, older.id())).isEqualTo(published);
        assertThat(published.reviewedBy()).isEqualTo(owner.userId());
        assertThat(published.reviewedAt()).isEqualTo(reviewed.reviewedAt());
        assertThat(treatments().get(owner, peel.id()).description()).isEqualTo("Our peel.");
        assertThat(treatments().get(owner, peel.id()).version()).isEqualTo(peel.version() + 1);
    }

    @Test
    @DisplayName("an unreviewed draft is refused publication and the menu keeps its description")
    void unreviewedRefused() {
        Caller owner = owner();
        Treatment peel = peel(owner);
        DescriptionDraft draft = descriptions(NOW).draft(owner, peel.id(), null);

        assertThatThrownBy(() -> descriptions(NOW).publish(owner, draft.id())).isInstanceOf(ConflictException.class);

        assertThat(treatments().get(owner, peel.id()).description()).isNull();
    }

    @Test
    @DisplayName("a store update that expects a status the draft has left is refused, so one draft is published once")
    void staleUpdateRefused() {
        Caller owner = owner();
        Treatment peel = peel(owner);
        DescriptionDraft draft = descriptions(NOW).draft(owner, peel.id(), null);
        DescriptionDraft reviewed = descriptions(NOW).review(owner, draft.id(), "Text.");

        assertThatThrownBy(() -> ports().tx().inTenant(owner.tenantId(), () -> {
            new JpaDescriptionDraftRepository(ports().current()).update(reviewed.published(NOW),
                    DescriptionDraft.Status.DRAFTED);
            return null;
        })).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("deleting a treatment deletes its drafts, and another clinic sees none of them")
    void deletedWithTheTreatmentAndIsolated() {
        Caller owner = owner();
        Caller other = owner();
        Treatment peel = peel(owner);
        DescriptionDraft draft = descriptions(NOW).draft(owner, peel.id(), null);

        assertThat(ports().tx().inTenant(other.tenantId(),
                () -> new JpaDescriptionDraftRepository(ports().current()).find(draft.id()))).isEmpty();

        treatments().delete(owner, peel.id(), peel.version());

        assertThat(ports().tx().inTenant(owner.tenantId(),
                () -> new JpaDescriptionDraftRepository(ports().current()).find(draft.id()))).isEmpty();
    }
}
