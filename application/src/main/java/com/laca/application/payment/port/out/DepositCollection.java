package com.laca.application.payment.port.out;

import com.laca.domain.payment.IntentStatus;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.shared.Money;

import java.util.Objects;

/**
 * How a deposit will be collected, answered as a type so that the booking use case handles the card flow and the
 * pay-at-clinic flow explicitly and records each correctly in the ledger.
 */
public sealed interface DepositCollection {

    /** The deposit amount. */
    Money amount();

    /**
     * A card payment was prepared; the browser completes it with the client secret.
     *
     * @param intent       the processor's id of this payment attempt; stored with a unique constraint
     * @param clientSecret lets the browser confirm this one payment; never logged
     * @param status       where the payment stands at the processor
     * @param amount       the deposit
     */
    record CardIntent(PaymentIntentId intent, String clientSecret, IntentStatus status, Money amount)
            implements DepositCollection {

        public CardIntent {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(amount, "amount");
            if (clientSecret.isBlank()) {
                throw new IllegalArgumentException("a card intent needs a client secret");
            }
        }

        @Override
        public String toString() {
            return "CardIntent[intent=" + intent + ", clientSecret=***, status=" + status + ", amount=" + amount + "]";
        }
    }

    /** No card is taken: the deposit is due at the clinic's desk. */
    record DueAtClinic(Money amount) implements DepositCollection {
        public DueAtClinic {
            Objects.requireNonNull(amount, "amount");
        }
    }
}
