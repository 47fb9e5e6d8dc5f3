package com.laca.domain.records;

import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All signed entries about one completed appointment, oldest first: the original and the corrections that each
 * replace the entry before them. Append-only, so what was first written stays readable beside what corrected it.
 *
 * @param entries the original, then each correction in order
 */
public record TreatmentChart(List<TreatmentRecord> entries) {

    public TreatmentChart {
        entries = Texts.list(entries, "entries");
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a chart starts with its original entry");
        }
        if (entries.get(0).isCorrection()) {
            throw new IllegalArgumentException("the first entry of a chart is an original, not a correction");
        }
        for (int i = 1; i < entries.size(); i++) {
            TreatmentRecord previous = entries.get(i - 1);
            TreatmentRecord entry = entries.get(i);
            if (!entry.context().equals(previous.context())) {
                throw new IllegalArgumentException("every entry of a chart documents the same appointment");
            }
            if (entry.correction().filter(c -> c.corrects().equals(previous.id())).isEmpty()) {
                throw new IllegalArgumentException("entry " + entry.id() + " must correct " + previous.id());
            }
            if (entry.signature().at().isBefore(previous.signature().at())) {
                throw new IllegalArgumentException("a correction cannot be signed before what it corrects");
            }
        }
    }

    /** A chart holding just its original entry. */
    public static TreatmentChart of(TreatmentRecord original) {
        return new TreatmentChart(List.of(original));
    }

    /** The entry as first signed. */
    public TreatmentRecord original() {
        return entries.get(0);
    }

    /** The entry in force: the latest correction, or the original if there is none. */
    public TreatmentRecord current() {
        return entries.get(entries.size() - 1);
    }

    /**
     * Signs a correction of the current entry with new details and a reason; any practitioner may sign one, and it
     * must pass the same rules as an original (an expired batch is refused here too).
     */
    public SigningResult correct(TreatmentRecordId id, TreatmentDetails details, String reason,
                                 PractitionerId signer, Instant at) {
        if (at.isBefore(current().signature().at())) {
            throw new IllegalArgumentException("a correction cannot be signed before what it corrects");
        }
        Correction correction = new Correction(current().id(), reason);
        List<SigningProblem> problems = TreatmentRecordSigning.problemsWith(current().context(), details);
        return problems.isEmpty()
                ? new SigningResult.Signed(new TreatmentRecord(id, current().context(), details,
                        new Signature(signer, at), Optional.of(correction)))
                : new SigningResult.Refused(problems);
    }

    /** This chart with a signed correction of its current entry appended. */
    public TreatmentChart append(TreatmentRecord correction) {
        List<TreatmentRecord> all = new ArrayList<>(entries);
        all.add(correction);
        return new TreatmentChart(all);
    }
}
