package com.laca.application.clinic.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.inmemory.clinic.InMemoryDescriptionDraftRepository;
import com.laca.application.clinic.port.in.DepositDraft;
import com.laca.application.clinic.port.in.TreatmentDraft;
import com.laca.application.clinic.port.in.WritingServiceUnavailableException;
import com.laca.application.clinic.port.out.ContentWriter;
import com.laca.application.clinic.port.out.ContentWriterException;
import com.laca.application.shared.AccessDeniedException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Treatment descriptions: drafted by a writer, reviewed by staff, only then published on the menu")
class TreatmentDescriptionServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final PageRequest FIRST = new PageRequest(0, 20);

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final TreatmentService treatments = new TreatmentService(ports.tx(), ports.treatments(), ports.tenants(),
            ports.referenceDataVersion());
    private final InMemoryDescriptionDraftRepository drafts = new InMemoryDescriptionDraftRepository(ports.tx());
    private final FakeWriter writer = new FakeWriter();
    private final TreatmentDescriptionService descriptions = new TreatmentDescriptionService(ports.tx(),
            ports.tenants(), ports.treatments(), drafts, ports.referenceDataVersion(), writer,
            Clock.fixed(NOW, ZoneOffset.UTC));

    /** A writer that answers a fixed text (or fails), and notes what it was told and whether a transaction was open. */
    private final class FakeWriter implements ContentWriter {
        final List<Brief> briefs = new ArrayList<>();
        final List<Boolean> calledInTransaction = new ArrayList<>();
        String answer = "A gentle peel that leaves skin brighter.";
        RuntimeException failure;

        @Override
        public String draftTreatmentDescription(Brief brief) {
            briefs.add(brief);
            boolean inTransaction;
            try {
                ports.tx().requireTransaction();
                inTransaction = true;
            } catch (IllegalStateException e) {
                inTransaction = false;
            }
            calledInTransaction.add(inTransaction);
            if (failure != null) {
                throw failure;
            }
            return answer;
        }

        @Override
        public DescriptionDraft.Source source() {
            return DescriptionDraft.Source.MODEL;
        }
    }

    private Caller clinicStaff(Role role, TenantId clinic) {
        return new Caller(UserId.random(), clinic, Set.of(role));
    }

    private TenantId clinic() {
        Tenant clinic = new Tenant(TenantId.random(), new TenantSlug("glow-" + UUID.randomUUID()), "Glow Clinic",
                ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
        ports.tx().asPlatform(() -> {
            ports.tenants().insert(clinic);
            return null;
        });
        return clinic.id();
    }

    private Treatment peel(Caller owner) {
        return treatments.create(owner, new TreatmentDraft("Glow peel", TreatmentCategory.CHEMICAL_PEEL,
                "Our own words.", Duration.ofMinutes(40), Duration.ZERO, Duration.ZERO, 9_000, null, Set.of(),
                BookingWindow.DEFAULT, DepositDraft.none(), true));
    }

    @Test
    @DisplayName("a draft is kept for review with the writer's text; the menu keeps its own description")
    void draftLeavesTheMenuAlone() {
        Caller owner = clinicStaff(Role.OWNER, clinic());
        Treatment peel = peel(owner);

        DescriptionDraft draft = descriptions.draft(owner, peel.id(), "friendly");

        assertThat(draft.status()).isEqualTo(DescriptionDraft.Status.DRAFTED);
        assertThat(draft.text()).isEqualTo("A gentle peel that leaves skin brighter.");
        assertThat(draft.source()).isEqualTo(DescriptionDraft.Source.MODEL);
        assertThat(draft.requestedBy()).isEqualTo(owner.userId());
        assertThat(draft.draftedAt()).isEqualTo(NOW);
        assertThat(writer.briefs).containsExactly(new ContentWriter.Brief("Glow Clinic", "Glow peel",
                TreatmentCategory.CHEMICAL_PEEL, 40, "friendly"));
        assertThat(writer.calledInTransaction).containsExactly(false);
        assertThat(descriptions.drafts(owner, peel.id(), FIRST).items()).containsExactly(draft);
        assertThat(treatments.get(owner, peel.id()).description()).isEqualTo("Our own words.");
    }

    @Test
    @DisplayName("an unreviewed draft is never published: the menu is unchanged and the draft still waits")
    void neverPublishedUnreviewed() {
        Caller owner = clinicStaff(Role.OWNER, clinic());
        Treatment peel = peel(owner);
        DescriptionDraft draft = descriptions.draft(owner, peel.id(), null);

        assertThatThrownBy(() -> descriptions.publish(owner, draft.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("reviewed before it is published");

        assertThat(treatments.get(owner, peel.id()).description()).isEqualTo("Our own words.");
        assertThat(descriptions.get(owner, draft.id()).status()).isEqualTo(DescriptionDraft.Status.DRAFTED);
    }

    @Test
    @DisplayName("the reviewer's wording is what gets published, once; the treatment's version moves on")
    void reviewedThenPublished() {
        TenantId clinic = clinic();
        Caller owner = clinicStaff(Role.OWNER, clinic);
        Caller manager = clinicStaff(Role.MANAGER, clinic);
        Treatment peel = peel(owner);
        long menuVersion = ports.tx().inTenant(clinic, () -> ports.referenceDataVersion().current());
        DescriptionDraft draft = descriptions.draft(owner, peel.id(), null);

        DescriptionDraft reviewed = descriptions.review(manager, draft.id(), "A gentle peel.\nAbout 40 minutes.");
        DescriptionDraft published = descriptions.publish(manager, draft.id());

        assertThat(reviewed.status()).isEqualTo(DescriptionDraft.Status.REVIEWED);
        assertThat(reviewed.reviewedBy()).isEqualTo(manager.userId());
        assertThat(published.status()).isEqualTo(DescriptionDraft.Status.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(NOW);
        Treatment after = treatments.get(owner, peel.id());
        assertThat(after.description()).isEqualTo("A gentle peel.\nAbout 40 minutes.");
        assertThat(after.version()).isEqualTo(peel.version() + 1);
        assertThat(after.name()).isEqualTo(peel.name());
        assertThat(after.price()).isEqualTo(peel.price());
        assertThat(ports.tx().inTenant(clinic, () -> ports.referenceDataVersion().current())).isGreaterThan(menuVersion);
        assertThatThrownBy(() -> descriptions.publish(owner, draft.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> descriptions.review(owner, draft.id(), "other")).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("a writing service that fails or times out gives a retryable refusal and stores nothing")
    void writerFailure() {
        Caller owner = clinicStaff(Role.OWNER, clinic());
        Treatment peel = peel(owner);
        writer.failure = new ContentWriterException("the writing service did not answer within PT5S", null);

        assertThatThrownBy(() -> descriptions.draft(owner, peel.id(), null))
                .isInstanceOf(WritingServiceUnavailableException.class).hasMessageContaining("did not answer");

        assertThat(descriptions.drafts(owner, peel.id(), FIRST).items()).isEmpty();
    }

    @Test
    @DisplayName("a writer's text with control characters is cleaned; text with nothing visible is refused")
    void writerTextCleaned() {
        Caller owner = clinicStaff(Role.OWNER, clinic());
        Treatment peel = peel(owner);
        writer.answer = "  Bright\u0007 skin.\n ";
        assertThat(descriptions.draft(owner, peel.id(), null).text()).isEqualTo("Bright skin.");

        writer.answer = "\u0000 \u0007";
        assertThatThrownBy(() -> descriptions.draft(owner, peel.id(), null))
                .isInstanceOf(WritingServiceUnavailableException.class);
    }

    @Test
    @DisplayName("a practitioner may read drafts but not ask for, review or publish one")
    void practitionerMayNotPublish() {
        TenantId clinic = clinic();
        Caller owner = clinicStaff(Role.OWNER, clinic);
        Caller practitioner = clinicStaff(Role.PRACTITIONER, clinic);
        Treatment peel = peel(owner);
        DescriptionDraft draft = descriptions.draft(owner, peel.id(), null);

        assertThatThrownBy(() -> descriptions.draft(practitioner, peel.id(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> descriptions.review(practitioner, draft.id(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> descriptions.publish(practitioner, draft.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(descriptions.drafts(practitioner, peel.id(), FIRST).items()).hasSize(1);
        assertThat(writer.briefs).hasSize(1);
    }
}
