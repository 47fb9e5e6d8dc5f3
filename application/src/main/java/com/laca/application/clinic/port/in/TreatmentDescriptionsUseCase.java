package com.laca.application.clinic.port.in;

import com.laca.application.shared.Caller;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.domain.clinic.DescriptionDraft;
import com.laca.domain.clinic.DescriptionDraftId;
import com.laca.domain.shared.TreatmentId;

/**
 * Drafts a treatment's public description in the clinic's tone, then lets staff review (and rewrite) it and publish
 * it on the menu: the only way a draft reaches the menu is through a person's review, and a draft is marketing text,
 * never an input to any clinical decision.
 */
public interface TreatmentDescriptionsUseCase {

    /**
     * Asks the configured writer (a chat-completions model, or the built-in template when none is configured) for a
     * draft and keeps it for review; the menu is unchanged.
     *
     * @param tone the clinic's tone in its own words, e.g. "warm and reassuring"; {@code null} for a neutral one
     * @throws WritingServiceUnavailableException when the writing service fails or does not answer in time
     */
    DescriptionDraft draft(Caller caller, TreatmentId treatment, String tone);

    /** One page of the treatment's drafts, newest first, so staff see what was suggested and what was published. */
    Page<DescriptionDraft> drafts(Caller caller, TreatmentId treatment, PageRequest page);

    /** One draft. */
    DescriptionDraft get(Caller caller, DescriptionDraftId draft);

    /**
     * Records that the caller read the draft and approves {@code text} (the draft's wording or their own rewrite).
     *
     * @throws com.laca.application.shared.ConflictException when the draft is already published
     */
    DescriptionDraft review(Caller caller, DescriptionDraftId draft, String text);

    /**
     * Makes the reviewed text the treatment's description on the menu.
     *
     * @throws com.laca.application.shared.ConflictException when the draft has not been reviewed, or is published
     */
    DescriptionDraft publish(Caller caller, DescriptionDraftId draft);
}
