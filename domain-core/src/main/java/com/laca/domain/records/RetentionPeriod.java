package com.laca.domain.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How long one part of a record must be kept, derived from the record and never typed in, so the date cannot drift
 * from the rule that justifies it.
 *
 * @param purgeableFrom the first day on which it may be purged: it is kept up to and including the day before
 * @param basis         the rule and its source
 */
public record RetentionPeriod(LocalDate purgeableFrom, RetentionBasis basis) {

    public RetentionPeriod {
        Objects.requireNonNull(purgeableFrom, "purgeableFrom");
        Objects.requireNonNull(basis, "basis");
    }

    /** Whether it may be purged on {@code today}, given the legal holds on the record (released ones are ignored). */
    public PurgeDecision decide(List<LegalHold> holds, LocalDate today) {
        List<LegalHold> active = holds.stream().filter(LegalHold::isActive).toList();
        if (!active.isEmpty()) {
            return new PurgeDecision.Held(active, purgeableFrom);
        }
        if (today.isBefore(purgeableFrom)) {
            return new PurgeDecision.Keep(purgeableFrom, basis);
        }
        return new PurgeDecision.Purgeable(purgeableFrom, basis);
    }

    /** The later of two periods, so a part kept for two reasons is kept for the longer. */
    public RetentionPeriod laterOf(RetentionPeriod other) {
        return other.purgeableFrom.isAfter(purgeableFrom) ? other : this;
    }
}
