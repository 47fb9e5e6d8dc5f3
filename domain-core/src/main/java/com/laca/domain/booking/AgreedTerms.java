package com.laca.domain.booking;

import com.laca.domain.clinic.Treatment;
import com.laca.domain.shared.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The price, deposit and cancellation window a booking was made on, kept with the appointment because a booking keeps
 * the terms the client agreed to (UK consumer law, and any client's expectation) whatever the clinic later changes on
 * its menu or in its booking policy.
 *
 * <p>The free-cancellation rule is kept as the agreed notice period, not as a moment: when the booking is moved, the
 * deadline follows the new start with the same notice, so the client keeps exactly the rule they agreed to.
 *
 * @param price        what the treatment costs under this booking
 * @param deposit      what is paid up front; zero when none was asked for; in the price's currency
 * @param cancellation how long before the start cancelling stays free
 */
public record AgreedTerms(Money price, Money deposit, CancellationPolicy cancellation) {

    public AgreedTerms {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(deposit, "deposit");
        Objects.requireNonNull(cancellation, "cancellation");
        if (price.isNegative() || deposit.isNegative()) {
            throw new IllegalArgumentException("an agreed price or deposit must not be negative");
        }
        if (!deposit.currency().equals(price.currency())) {
            throw new IllegalArgumentException("the agreed deposit must be in the price's currency "
                    + price.currency());
        }
    }

    /** The terms a client booking this treatment now agrees to: its price and deposit, the clinic's window, today. */
    public static AgreedTerms offered(Treatment treatment, BookingPolicy policy) {
        return new AgreedTerms(treatment.price(), treatment.deposit(),
                new CancellationPolicy(policy.freeCancellationWindow()));
    }

    /** These terms as the client reads them, for an appointment starting at {@code start} in the zone {@code zone}. */
    public ClientTerms forClient(Instant start, ZoneId zone) {
        return ClientTerms.of(price, deposit, start, zone, cancellation);
    }
}
