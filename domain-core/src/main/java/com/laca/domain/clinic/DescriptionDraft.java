package com.laca.domain.clinic;

import com.laca.domain.shared.PlainText;
import com.laca.domain.shared.TreatmentId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A suggested public description of a treatment, written by a machine or a template, that a member of staff must
 * review (and may rewrite) before it can be published on the menu: a draft is never published unreviewed and is only
 * ever marketing text, never input to a clinical decision.
 *
 * @param text        the current wording: the writer's draft, then the reviewer's version
 * @param source      who wrote the first wording
 * @param requestedBy the member of staff who asked for the draft
 * @param reviewedBy  who reviewed it, {@code null} until reviewed
 * @param reviewedAt  when, {@code null} until reviewed
 * @param publishedAt when the reviewed text became the treatment's description, {@code null} until then
 */
public record DescriptionDraft(DescriptionDraftId id, TreatmentId treatment, String text, Source source, Status status,
                               UserId requestedBy, Instant draftedAt, UserId reviewedBy, Instant reviewedAt,
                               Instant publishedAt) {

    /** Who wrote the first wording, shown to the reviewer so a machine's text is read as such. */
    public enum Source {
        /** A chat-completions model (hosted or local). */
        MODEL,
        /** The built-in deterministic template, used when no model is configured. */
        TEMPLATE
    }

    /** Where the draft stands: only a reviewed draft may be published, and a published one is final. */
    public enum Status {
        DRAFTED, REVIEWED, PUBLISHED
    }

    public DescriptionDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(treatment, "treatment");
        text = PlainText.optionalMultiLine(text, "text", Treatment.DESCRIPTION_MAX_LENGTH);
        if (text == null) {
            throw new IllegalArgumentException("text is required");
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(draftedAt, "draftedAt");
        if ((status == Status.DRAFTED) != (reviewedBy == null) || (reviewedBy == null) != (reviewedAt == null)) {
            throw new IllegalArgumentException("a draft is reviewed (by someone, at a moment) exactly when past DRAFTED");
        }
        if ((status == Status.PUBLISHED) != (publishedAt != null)) {
            throw new IllegalArgumentException("a draft has a publication moment exactly when PUBLISHED");
        }
    }

    /** A fresh draft as the writer gave it, waiting for review. */
    public static DescriptionDraft drafted(DescriptionDraftId id, TreatmentId treatment, String text, Source source,
                                           UserId requestedBy, Instant at) {
        return new DescriptionDraft(id, treatment, text, source, Status.DRAFTED, requestedBy, at, null, null, null);
    }

    /** Whether it may still be reviewed: a published draft is history and changes only through a new draft. */
    public boolean reviewable() {
        return status != Status.PUBLISHED;
    }

    /** The draft as a member of staff approved it, in their final wording (which may differ from the writer's). */
    public DescriptionDraft reviewed(String finalText, UserId reviewer, Instant at) {
        if (!reviewable()) {
            throw new IllegalStateException("a published draft cannot be reviewed again");
        }
        return new DescriptionDraft(id, treatment, finalText, source, Status.REVIEWED, requestedBy, draftedAt,
                Objects.requireNonNull(reviewer, "reviewer"), Objects.requireNonNull(at, "at"), null);
    }

    /** The draft once its reviewed text is the treatment's description; only a reviewed draft gets here. */
    public DescriptionDraft published(Instant at) {
        if (status != Status.REVIEWED) {
            throw new IllegalStateException("only a reviewed draft can be published, this one is " + status);
        }
        return new DescriptionDraft(id, treatment, text, source, Status.PUBLISHED, requestedBy, draftedAt, reviewedBy,
                reviewedAt, Objects.requireNonNull(at, "at"));
    }
}
