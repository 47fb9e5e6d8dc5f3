package com.laca.domain.payment;

import com.laca.domain.shared.Money;

import java.util.Objects;

/**
 * What should happen to the money held for a cancelled or missed appointment, answered as a type so that the
 * caller handles refund, forfeit and nothing-held explicitly.
 */
public sealed interface DepositSettlement {

    /** Why the settlement came out the way it did; recorded as the reason of the ledger entry. */
    enum Reason {
        /** The cancellation policy grants a refund. */
        POLICY_REFUND,
        /** The cancellation policy forfeits the deposit. */
        POLICY_FORFEIT,
        /** The policy forfeits, but the clinic waived it. */
        FORFEIT_WAIVED_BY_CLINIC,
        /** No refundable card money is held. */
        NOTHING_HELD
    }

    /** The reason behind this settlement. */
    Reason reason();

    /** Send the amount back to the client. */
    record Refund(Money amount, Reason reason) implements DepositSettlement {
        public Refund {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The clinic keeps the amount. */
    record Forfeit(Money amount, Reason reason) implements DepositSettlement {
        public Forfeit {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** No card money is held, so there is nothing to refund or keep. */
    record NothingToSettle(Reason reason) implements DepositSettlement {
        public NothingToSettle {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
