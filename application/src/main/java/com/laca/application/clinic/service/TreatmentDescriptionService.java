package com.laca.application.clinic.service;

import com.laca.application.clinic.port.in.TreatmentDescriptionsUseCase;
import com.laca.application.clinic.port.in.WritingServiceUnavailableException;
import com.laca.application.clinic.port.out.ContentWriter;
import com.laca.application.clinic.port.out.ContentWriterException;
import com.laca.application.clinic.port.out.DescriptionDraftRepository;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.clinic.DescriptionDraft;
import com.laca.domain.clinic.DescriptionDraftId;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Permission;
import com.laca.domain.shared.PlainText;
import com.laca.domain.shared.TreatmentId;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Drafts, reviews and publishes treatment descriptions; the writer is called between two tenant transactions, never
 * inside one, because a model may take many seconds to answer.
 */
public final class TreatmentDescriptionService implements TreatmentDescriptionsUseCase {

    private final TransactionRunner tx;
    private final TenantRepository tenants;
    private final TreatmentRepository treatments;
    private final DescriptionDraftRepository drafts;
    private final ReferenceDataVersion referenceData;
    private final ContentWriter writer;
    private final Clock clock;

    public TreatmentDescriptionService(TransactionRunner tx, TenantRepository tenants, TreatmentRepository treatments,
                                       DescriptionDraftRepository drafts, ReferenceDataVersion referenceData,
                                       ContentWriter writer, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.treatments = Objects.requireNonNull(treatments, "treatments");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public DescriptionDraft draft(Caller caller, TreatmentId treatment, String tone) {
        caller.require(Permission.SETTINGS_MANAGE);
        ContentWriter.Brief brief = tx.inTenant(caller.tenantId(), () -> {
            Treatment found = treatment(treatment);
            String clinic = tenants.findById(caller.tenantId()).orElseThrow().name();
            return new ContentWriter.Brief(clinic, found.name(), found.category(),
                    (int) found.duration().toMinutes(), tone);
        });
        String written;
        try {
            written = writer.draftTreatmentDescription(brief);
        } catch (ContentWriterException e) {
            throw new WritingServiceUnavailableException("The writing service gave no draft (" + e.getMessage()
                    + "); try again, or write the description yourself.", e);
        }
        String text = PlainText.readable(written, true, Treatment.DESCRIPTION_MAX_LENGTH, null);
        if (text == null) {
            throw new WritingServiceUnavailableException("The writing service gave no usable text; try again, or "
                    + "write the description yourself.", null);
        }
        DescriptionDraft draft = DescriptionDraft.drafted(DescriptionDraftId.random(), treatment, text,
                writer.source(), caller.userId(), clock.instant());
        return tx.inTenant(caller.tenantId(), () -> {
            treatment(treatment);
            drafts.insert(draft);
            return draft;
        });
    }

    @Override
    public Page<DescriptionDraft> drafts(Caller caller, TreatmentId treatment, PageRequest page) {
        caller.require(Permission.SETTINGS_VIEW);
        return tx.inTenant(caller.tenantId(), () -> {
            treatment(treatment);
            List<DescriptionDraft> all = drafts.forTreatment(treatment);
            int from = (int) Math.min(all.size(), (long) page.page() * page.size());
            int to = Math.min(all.size(), from + page.size());
            return new Page<>(List.copyOf(all.subList(from, to)), page.page(), page.size(), all.size());
        });
    }

    @Override
    public DescriptionDraft get(Caller caller, DescriptionDraftId draft) {
        caller.require(Permission.SETTINGS_VIEW);
        return tx.inTenant(caller.tenantId(), () -> stored(draft));
    }

    @Override
    public DescriptionDraft review(Caller caller, DescriptionDraftId draft, String text) {
        caller.require(Permission.SETTINGS_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            DescriptionDraft before = stored(draft);
            if (!before.reviewable()) {
                throw new ConflictException("This draft is already published; ask for a new draft to change the "
                        + "description.");
            }
            DescriptionDraft after = before.reviewed(text, caller.userId(), clock.instant());
            drafts.update(after, before.status());
            return after;
        });
    }

    @Override
    public DescriptionDraft publish(Caller caller, DescriptionDraftId draft) {
        caller.require(Permission.SETTINGS_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            DescriptionDraft before = stored(draft);
            switch (before.status()) {
                case DRAFTED -> throw new ConflictException("A draft must be reviewed before it is published: "
                        + "read it and approve its text first.");
                case PUBLISHED -> throw new ConflictException("This draft is already published.");
                case REVIEWED -> {
                    // the one state that may be published
                }
            }
            Treatment current = treatment(before.treatment());
            treatments.update(withDescription(current, before.text()));
            referenceData.bump();
            DescriptionDraft after = before.published(clock.instant());
            drafts.update(after, DescriptionDraft.Status.REVIEWED);
            return after;
        });
    }

    private Treatment treatment(TreatmentId id) {
        return treatments.find(id).orElseThrow(() -> new NotFoundException("treatment", id));
    }

    private DescriptionDraft stored(DescriptionDraftId id) {
        return drafts.find(id).orElseThrow(() -> new NotFoundException("description draft", id));
    }

    /** The treatment as it stands with only its description replaced, at its current version. */
    private static Treatment withDescription(Treatment t, String description) {
        return new Treatment(t.id(), t.name(), t.category(), description, t.duration(), t.bufferBefore(),
                t.bufferAfter(), t.price(), t.requiredQualification(), t.requiredResourceTypes(), t.bookingWindow(),
                t.depositPolicy(), t.active(), t.version());
    }
}
