package com.laca.domain.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether part of a record may be purged today, sealed so the purge job must handle "not yet" and "on hold" instead
 * of reading a boolean.
 */
public sealed interface PurgeDecision {

    /**
     * Its retention period still runs.
     *
     * @param purgeableFrom the first day it may be purged
     * @param basis         why it is kept until then
     */
    record Keep(LocalDate purgeableFrom, RetentionBasis basis) implements PurgeDecision {

        public Keep {
            Objects.requireNonNull(purgeableFrom, "purgeableFrom");
            Objects.requireNonNull(basis, "basis");
        }
    }

    /**
     * One or more legal holds stop the purge, whatever the date.
     *
     * @param holds         the holds in force
     * @param purgeableFrom the date retention alone would have allowed
     */
    record Held(List<LegalHold> holds, LocalDate purgeableFrom) implements PurgeDecision {

        public Held {
            holds = List.copyOf(holds);
            if (holds.isEmpty()) {
                throw new IllegalArgumentException("a held decision names at least one hold");
            }
            Objects.requireNonNull(purgeableFrom, "purgeableFrom");
        }
    }

    /**
     * It may be purged now.
     *
     * @param since the first day it could have been
     * @param basis the retention that has run out
     */
    record Purgeable(LocalDate since, RetentionBasis basis) implements PurgeDecision {

        public Purgeable {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(basis, "basis");
        }
    }
}
