package com.laca.application.payment.port.in;

import com.laca.application.shared.PaymentDeclinedException;
import com.laca.domain.payment.LedgerRejection;
import com.laca.domain.shared.Money;

import java.util.Objects;

/**
 * The answer to a refund request as a closed set, so the REST adapter cannot answer a refused refund with 200.
 */
public sealed interface RefundOutcome {

    /** The refund is recorded and the processor accepted it (or had accepted it under the same key before). */
    record Refunded(Money amount, LedgerView ledger) implements RefundOutcome {
        public Refunded {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(ledger, "ledger");
        }
    }

    /** The ledger refused: nothing captured, or more than is refundable ({@code available} says how much is). */
    record Rejected(LedgerRejection reason, Money available) implements RefundOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(available, "available");
        }
    }

    /** The processor refused the refund for good; it is recorded as failed and the money is refundable again. */
    record Declined(PaymentDeclinedException.Reason reason, LedgerView ledger) implements RefundOutcome {
        public Declined {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(ledger, "ledger");
        }
    }
}
