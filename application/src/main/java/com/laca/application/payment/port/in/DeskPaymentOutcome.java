package com.laca.application.payment.port.in;

import com.laca.domain.shared.Money;

import java.util.Objects;

/**
 * The answer to recording money taken at the desk as a closed set, so a refused payment can never answer 200.
 */
public sealed interface DeskPaymentOutcome {

    /** The payment is recorded (or was, under the same receipt and amount); the ledger after it. */
    record Recorded(LedgerView ledger) implements DeskPaymentOutcome {
        public Recorded {
            Objects.requireNonNull(ledger, "ledger");
        }
    }

    /** The amount is more than the treatment still owes; {@code balanceDue} is the most the desk may take. */
    record ExceedsBalanceDue(Money balanceDue) implements DeskPaymentOutcome {
        public ExceedsBalanceDue {
            Objects.requireNonNull(balanceDue, "balanceDue");
        }
    }
}
