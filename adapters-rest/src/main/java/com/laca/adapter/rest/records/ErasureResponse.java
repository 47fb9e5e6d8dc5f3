package com.laca.adapter.rest.records;

import com.laca.domain.records.ErasureRequest;
import com.laca.domain.records.ErasureStep;
import com.laca.domain.records.KeptBecause;
import com.laca.domain.records.RetentionPeriod;
import com.laca.domain.shared.UserId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to an erasure request, in the three lists a client asks about: what was erased now (and when), what is
 * retained until which date and why (with the rule's source), and what is to be erased but only by the purge job.
 */
@Schema(name = "ErasureAnswer")
public record ErasureResponse(String id, String client, String receivedAt, String recordedBy, List<Erased> erased,
                              List<Retained> retained, List<Pending> pending) {

    public static ErasureResponse from(ErasureRequest request) {
        List<ErasureStep> steps = request.steps();
        return new ErasureResponse(request.id().toString(), request.client().toString(),
                request.receivedAt().toString(), request.recordedBy().toString(),
                steps.stream().filter(ErasureStep::isDone).map(Erased::from).toList(),
                steps.stream().filter(step -> step.disposition() == ErasureStep.Disposition.RETAIN && !step.isDone())
                        .map(Retained::from).toList(),
                steps.stream().filter(step -> step.disposition() == ErasureStep.Disposition.ERASE_NOW
                        && !step.isDone()).map(Pending::from).toList());
    }

    /** A part erased, when and by whom (empty: by the purge job). */
    @Schema(name = "ErasedPart")
    public record Erased(String part, String description, String erasedAt, String erasedBy) {

        static Erased from(ErasureStep step) {
            ErasureStep.Completion done = step.done().orElseThrow();
            return new Erased(step.part().name(), step.part().description(), done.at().toString(),
                    done.by().map(UserId::toString).orElse(null));
        }
    }

    /**
     * A part kept: until when ({@code retainedUntil} is the last day kept; null while only a legal hold keeps it),
     * under which rule, why, and whether a legal hold stops its purge whatever the date.
     */
    @Schema(name = "RetainedPart")
    public record Retained(String part, String description, String retainedUntil, String purgeableFrom,
                           String basis, String basisExplanation, String keptBecause, String keptBecauseExplanation,
                           boolean onLegalHold) {

        static Retained from(ErasureStep step) {
            KeptBecause because = step.keptBecause().orElseThrow();
            RetentionPeriod period = step.retention().orElse(null);
            return new Retained(step.part().name(), step.part().description(),
                    period == null ? null : period.purgeableFrom().minusDays(1).toString(),
                    period == null ? null : period.purgeableFrom().toString(),
                    period == null ? null : period.basis().name(),
                    period == null ? null : period.basis().explanation(), because.name(), because.explanation(),
                    step.onLegalHold());
        }
    }

    /** A part with no reason to be kept that only the scheduled purge job removes (the identity row, the audit). */
    @Schema(name = "PendingPart")
    public record Pending(String part, String description) {

        static Pending from(ErasureStep step) {
            return new Pending(step.part().name(), step.part().description());
        }
    }
}
