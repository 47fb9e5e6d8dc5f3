package com.laca.application.clinic.port.out;

import com.laca.domain.clinic.DescriptionDraft;
import com.laca.domain.clinic.DescriptionDraftId;
import com.laca.domain.shared.TreatmentId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the current tenant's drafted treatment descriptions between drafting, review and publication; always called
 * inside {@link com.laca.application.shared.TransactionRunner#inTenant}.
 */
public interface DescriptionDraftRepository {

    /** Stores a new draft. */
    void insert(DescriptionDraft draft);

    /**
     * Replaces the stored draft if its status is still {@code expected}, so two reviewers cannot both publish.
     *
     * @throws com.laca.application.shared.ConflictException when the stored draft has moved on meanwhile
     */
    void update(DescriptionDraft draft, DescriptionDraft.Status expected);

    Optional<DescriptionDraft> find(DescriptionDraftId id);

    /** The treatment's drafts, newest first. */
    List<DescriptionDraft> forTreatment(TreatmentId treatment);
}
