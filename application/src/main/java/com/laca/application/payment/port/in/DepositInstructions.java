package com.laca.application.payment.port.in;

import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.shared.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * What the booking page needs to collect a deposit, answered as a type so card payment, payment at the desk and
 * "no deposit" are each handled explicitly by the front end.
 */
public sealed interface DepositInstructions {

    /**
     * Pay by card now, before the hold expires.
     *
     * @param clientSecret   lets the browser confirm this one payment with Stripe.js; never logged
     * @param publishableKey the processor's public key for the browser
     */
    record PayByCard(PaymentIntentId intent, String clientSecret, String publishableKey, Money amount,
                     Instant holdExpiresAt) implements DepositInstructions {
        public PayByCard {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(publishableKey, "publishableKey");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(holdExpiresAt, "holdExpiresAt");
        }

        @Override
        public String toString() {
            return "PayByCard[intent=" + intent + ", clientSecret=***, amount=" + amount + "]";
        }
    }

    /** The clinic takes no cards: the deposit is paid at the desk. */
    record PayAtDesk(Money amount) implements DepositInstructions {
        public PayAtDesk {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** The treatment asks no deposit. */
    record NoDeposit() implements DepositInstructions {
    }
}
