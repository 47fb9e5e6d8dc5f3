package com.laca.domain.records;

import com.laca.domain.shared.ClientId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One step the retention job took on a client's clinical record, kept after what it describes is gone, so the clinic
 * can show when each part was purged by the system and under which rule, or why the job left the record alone.
 *
 * @param client        whose record (the surviving client of a merge)
 * @param at            when the job took the step
 * @param outcome       purged, or kept because a legal hold stands
 * @param part          the part purged; empty for a skip, which concerns the whole clinical record
 * @param entries       how many entries of the part were purged; 0 for a skip
 * @param purgeableFrom the first day the retention rule allowed the purge
 * @param basis         the retention rule that ran out
 * @param holds         the legal holds that stopped the purge; empty for a purge
 */
public record ClinicalPurgeStep(ClientId client, Instant at, Outcome outcome, Optional<RecordPart> part, int entries,
                                LocalDate purgeableFrom, RetentionBasis basis, List<LegalHoldId> holds) {

    public ClinicalPurgeStep {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(purgeableFrom, "purgeableFrom");
        Objects.requireNonNull(basis, "basis");
        holds = List.copyOf(holds);
        boolean purged = outcome == Outcome.PURGED;
        if (purged != part.isPresent() || purged == !holds.isEmpty()) {
            throw new IllegalArgumentException("a purge names its part and no hold; a skip names its holds only");
        }
        if (purged ? entries < 1 || !RecordPart.PURGED_AFTER_RETENTION.contains(part.get()) : entries != 0) {
            throw new IllegalArgumentException("a purge removes at least one entry of a clinical part; a skip none");
        }
    }

    /** The purge of {@code entries} entries of {@code part}, which retention allowed since {@code decision.since()}. */
    public static ClinicalPurgeStep purged(ClientId client, RecordPart part, int entries,
                                           PurgeDecision.Purgeable decision, Instant at) {
        return new ClinicalPurgeStep(client, at, Outcome.PURGED, Optional.of(part), entries, decision.since(),
                decision.basis(), List.of());
    }

    /** A record the job left alone although its retention ran out, because of the holds in {@code decision}. */
    public static ClinicalPurgeStep skipped(ClientId client, PurgeDecision.Held decision, RetentionBasis basis,
                                            Instant at) {
        return new ClinicalPurgeStep(client, at, Outcome.HELD, Optional.empty(), 0, decision.purgeableFrom(), basis,
                decision.holds().stream().map(LegalHold::id).toList());
    }

    /**
     * True for a skip naming exactly these holds (in any order), so a daily run records a standing hold once, not
     * every day.
     */
    public boolean skippedFor(PurgeDecision.Held decision) {
        return outcome == Outcome.HELD
                && Set.copyOf(holds).equals(decision.holds().stream().map(LegalHold::id).collect(Collectors.toSet()));
    }

    /** What the job did. */
    public enum Outcome {
        /** The part was deleted. */
        PURGED,
        /** A legal hold stopped the purge. */
        HELD
    }
}
