package com.laca.domain.records;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A client's request to erase their data (UK GDPR Art. 17) and the record of carrying it out: its plan, step by step,
 * each step recorded when done, so the clinic can show what it erased, when, and what it kept and why.
 *
 * <p>The request itself keeps only the client's id, so it survives the purge of everything it describes.
 *
 * @param id         the request
 * @param client     whose data
 * @param receivedAt when the client asked
 * @param recordedBy the member of staff who recorded the request
 * @param steps      one step per part held, in {@link RecordPart} order
 */
public record ErasureRequest(ErasureRequestId id, ClientId client, Instant receivedAt, UserId recordedBy,
                             List<ErasureStep> steps) {

    public ErasureRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        steps = Texts.list(steps, "steps");
        if (steps.stream().map(ErasureStep::part).distinct().count() != steps.size()) {
            throw new IllegalArgumentException("an erasure request has one step per part");
        }
    }

    /** A new request for the record described by {@code holdings}, planned by {@link ErasurePlanner}. */
    public static ErasureRequest receive(ErasureRequestId id, RecordHoldings holdings, List<LegalHold> holds,
                                         FinancialRecordRetention accounting, Instant receivedAt, UserId recordedBy) {
        return new ErasureRequest(id, holdings.client(), receivedAt, recordedBy,
                ErasurePlanner.plan(holdings, holds, accounting));
    }

    /** The step for {@code part}, if the request covers it. */
    public Optional<ErasureStep> step(RecordPart part) {
        return steps.stream().filter(step -> step.part() == part).findFirst();
    }

    /** The parts to erase now that are not yet recorded as erased. */
    public List<RecordPart> pendingErasures() {
        return steps.stream().filter(step -> step.disposition() == ErasureStep.Disposition.ERASE_NOW)
                .filter(step -> !step.isDone()).map(ErasureStep::part).toList();
    }

    /** True once every part, erased now or purged later, is recorded as done. */
    public boolean isComplete() {
        return steps.stream().allMatch(ErasureStep::isDone);
    }

    /** This request with the erasure of {@code part} (a part erased now) recorded as done by {@code by}. */
    public ErasureRequest recordErased(RecordPart part, UserId by, Instant at) {
        ErasureStep step = requireStep(part);
        if (step.disposition() != ErasureStep.Disposition.ERASE_NOW) {
            throw new IllegalStateException(part + " is retained; it is purged by the retention job, not erased now");
        }
        return with(step.completed(new ErasureStep.Completion(at, Optional.of(by))));
    }

    /**
     * This request with the purge of a retained {@code part} recorded as done by the scheduled job; the job must show
     * a {@link PurgeDecision.Purgeable} decision taken on the record as it stands that day (a later treatment or a
     * new legal hold may have moved the date).
     */
    public ErasureRequest recordPurged(RecordPart part, PurgeDecision decision, Instant at) {
        ErasureStep step = requireStep(part);
        if (step.disposition() != ErasureStep.Disposition.RETAIN) {
            throw new IllegalStateException(part + " is erased now, not purged later");
        }
        if (!(decision instanceof PurgeDecision.Purgeable)) {
            throw new IllegalStateException(part + " may not be purged yet: " + decision);
        }
        return with(step.completed(new ErasureStep.Completion(at, Optional.empty())));
    }

    private ErasureStep requireStep(RecordPart part) {
        return step(part).orElseThrow(() -> new IllegalArgumentException("this request does not cover " + part));
    }

    private ErasureRequest with(ErasureStep changed) {
        List<ErasureStep> updated = new ArrayList<>(steps);
        updated.replaceAll(step -> step.part() == changed.part() ? changed : step);
        return new ErasureRequest(id, client, receivedAt, recordedBy, updated);
    }
}
