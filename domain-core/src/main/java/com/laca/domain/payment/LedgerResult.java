package com.laca.domain.payment;

import com.laca.domain.shared.Money;

import java.util.Objects;

/**
 * The answer of the ledger to a request to record something: recorded, already recorded earlier (a retry), or
 * rejected with a reason, so a refused refund can never be mistaken for a successful one.
 */
public sealed interface LedgerResult {

    /** The entry was appended. */
    record Recorded(LedgerEntry entry) implements LedgerResult {
        public Recorded {
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** The same fact (kind and reference) was recorded before; nothing changed, which makes retries safe. */
    record AlreadyRecorded(LedgerEntry existing) implements LedgerResult {
        public AlreadyRecorded {
            Objects.requireNonNull(existing, "existing");
        }
    }

    /**
     * Nothing was recorded.
     *
     * @param reason    why
     * @param available the most that could have been refunded, forfeited, waived or paid at the desk at that moment;
     *                  for {@link LedgerRejection#REFERENCE_REUSED} the amount first recorded under the reference
     */
    record Rejected(LedgerRejection reason, Money available) implements LedgerResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(available, "available");
        }
    }
}
