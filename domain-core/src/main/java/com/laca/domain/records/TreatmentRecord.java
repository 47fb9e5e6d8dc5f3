package com.laca.domain.records;

import java.util.Objects;
import java.util.Optional;

/**
 * One signed entry of a treatment chart: the original record of a completed appointment, or a correction of the
 * entry before it. Immutable and append-only, because a clinical record that can be silently edited cannot be
 * relied on in a complaint, a claim or a recall.
 *
 * <p>Built by {@link TreatmentRecordSigning} (which checks the rules); the constructor only checks the shape, so a
 * stored entry reloads as it was signed even if, say, its product has expired since.
 *
 * @param id         this entry
 * @param context    the appointment it documents
 * @param details    what was recorded
 * @param signature  who signed it and when
 * @param correction what it corrects and why; empty for the original entry
 */
public record TreatmentRecord(TreatmentRecordId id, TreatmentContext context, TreatmentDetails details,
                              Signature signature, Optional<Correction> correction) {

    public TreatmentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(correction, "correction");
        if (correction.filter(c -> c.corrects().equals(id)).isPresent()) {
            throw new IllegalArgumentException("an entry cannot correct itself");
        }
    }

    /** True for a correcting entry. */
    public boolean isCorrection() {
        return correction.isPresent();
    }
}
