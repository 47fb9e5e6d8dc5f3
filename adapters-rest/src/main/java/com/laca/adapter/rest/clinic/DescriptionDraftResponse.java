package com.laca.adapter.rest.clinic;

import com.laca.domain.clinic.DescriptionDraft;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A drafted description as staff see it, with who wrote it (a model or the template) so a machine's text is read as
 * such, and where it stands (DRAFTED, REVIEWED or PUBLISHED).
 */
@Schema(name = "DescriptionDraft")
public record DescriptionDraftResponse(String id, String treatmentId, String text,
                                       @Schema(enumeration = {"MODEL", "TEMPLATE"}) String source,
                                       @Schema(enumeration = {"DRAFTED", "REVIEWED", "PUBLISHED"}) String status,
                                       String requestedBy, Instant draftedAt, String reviewedBy, Instant reviewedAt,
                                       Instant publishedAt) {

    static DescriptionDraftResponse from(DescriptionDraft draft) {
        return new DescriptionDraftResponse(draft.id().toString(), draft.treatment().toString(), draft.text(),
                draft.source().name(), draft.status().name(), draft.requestedBy().toString(), draft.draftedAt(),
                draft.reviewedBy() == null ? null : draft.reviewedBy().toString(), draft.reviewedAt(),
                draft.publishedAt());
    }
}
