package com.laca.domain.records;

import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an erasure request does with one part of the record: erase it now, or keep it until a date (or while a legal
 * hold stands) and why; and, once carried out, when and by whom, so each step can be shown to have happened.
 *
 * @param part        which part
 * @param disposition erase now, or retain
 * @param retention   for a retained part, until when and under which rule; empty when erased now or kept only for
 *                    a legal hold
 * @param keptBecause for a retained part, why
 * @param onLegalHold true when a legal hold stops the purge whatever the date
 * @param done        when the part was erased or purged, and by whom; empty while pending
 */
public record ErasureStep(RecordPart part, Disposition disposition, Optional<RetentionPeriod> retention,
                          Optional<KeptBecause> keptBecause, boolean onLegalHold, Optional<Completion> done) {

    public ErasureStep {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(keptBecause, "keptBecause");
        Objects.requireNonNull(done, "done");
        if (disposition == Disposition.ERASE_NOW && (retention.isPresent() || keptBecause.isPresent() || onLegalHold)) {
            throw new IllegalArgumentException("a part erased now has no retention");
        }
        if (disposition == Disposition.RETAIN && keptBecause.isEmpty()) {
            throw new IllegalArgumentException("a retained part says why it is kept");
        }
        if (disposition == Disposition.RETAIN && retention.isEmpty() && !onLegalHold) {
            throw new IllegalArgumentException("a retained part is kept until a date or while a legal hold stands");
        }
    }

    /** A part erased at once. */
    public static ErasureStep eraseNow(RecordPart part) {
        return new ErasureStep(part, Disposition.ERASE_NOW, Optional.empty(), Optional.empty(), false,
                Optional.empty());
    }

    /** A part kept until its retention period runs out (and while any legal hold stands). */
    public static ErasureStep retain(RecordPart part, RetentionPeriod retention, KeptBecause because,
                                     boolean onLegalHold) {
        return new ErasureStep(part, Disposition.RETAIN, Optional.of(retention), Optional.of(because), onLegalHold,
                Optional.empty());
    }

    /** A part with no retention of its own, kept only while a legal hold stands. */
    public static ErasureStep heldOnly(RecordPart part) {
        return new ErasureStep(part, Disposition.RETAIN, Optional.empty(), Optional.of(KeptBecause.LEGAL_HOLD), true,
                Optional.empty());
    }

    public boolean isDone() {
        return done.isPresent();
    }

    ErasureStep completed(Completion completion) {
        if (isDone()) {
            throw new IllegalStateException(part + " was already recorded as done at " + done.get().at());
        }
        return new ErasureStep(part, disposition, retention, keptBecause, onLegalHold, Optional.of(completion));
    }

    /** Erase at once, or keep. */
    public enum Disposition {
        ERASE_NOW,
        RETAIN
    }

    /**
     * When a step was carried out, and by whom.
     *
     * @param at when
     * @param by the member of staff; empty when the scheduled purge job did it
     */
    public record Completion(Instant at, Optional<UserId> by) {

        public Completion {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
        }
    }
}
