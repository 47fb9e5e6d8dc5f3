package com.laca.domain.booking;

import com.laca.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What a client must know about one booking before committing to it (what it costs, what is paid up front, until
 * when cancelling is free and what happens to the deposit after that), in one value so the booking page, the manage
 * page and the calendar cannot tell the client different things.
 *
 * @param price                 the treatment's price
 * @param deposit               what is paid up front; zero when the treatment asks for none
 * @param freeCancellationUntil the last moment cancelling is free (the deposit is then refunded)
 * @param zone                  the location's time zone, in which the client reads the deadline
 */
public record ClientTerms(Money price, Money deposit, Instant freeCancellationUntil, ZoneId zone) {

    public ClientTerms {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(deposit, "deposit");
        Objects.requireNonNull(freeCancellationUntil, "freeCancellationUntil");
        Objects.requireNonNull(zone, "zone");
    }

    /** The terms of an appointment starting at {@code start}, at a location in {@code zone}. */
    public static ClientTerms of(Money price, Money deposit, Instant start, ZoneId zone, CancellationPolicy policy) {
        return new ClientTerms(price, deposit, policy.lastFreeMoment(start), zone);
    }

    /** The deadline on the location's wall clock, with the offset in force then (which may differ at the start). */
    public ZonedDateTime freeCancellationUntilThere() {
        return freeCancellationUntil.atZone(zone);
    }

    /** The deadline as the clinic's clock shows it, e.g. 2026-10-23T10:00 for a start on the 25th after the change. */
    public LocalDateTime freeCancellationUntilLocal() {
        return freeCancellationUntilThere().toLocalDateTime();
    }

    /**
     * What happens to the deposit after the free-cancellation deadline: it is kept on a late cancellation or a
     * no-show (as {@link CancellationOutcome#LATE_CANCELLATION} says), unless there is none to keep.
     */
    public AfterDeadline afterDeadline() {
        return deposit.isZero() ? AfterDeadline.NOTHING_TO_KEEP : AfterDeadline.DEPOSIT_KEPT;
    }

    /** The consequence of cancelling late or not coming, for the deposit. */
    public enum AfterDeadline {
        /** The clinic keeps the deposit. */
        DEPOSIT_KEPT,
        /** No deposit was asked for, so nothing is kept. */
        NOTHING_TO_KEEP
    }
}
