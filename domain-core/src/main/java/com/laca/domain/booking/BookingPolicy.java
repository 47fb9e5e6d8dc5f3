package com.laca.domain.booking;

import java.time.Duration;
import java.util.Objects;

/**
 * A clinic's booking terms: how long before the start a client may cancel free of charge, and how long a slot is held
 * while a deposit is paid.
 */
public record BookingPolicy(Duration freeCancellationWindow, Duration holdDuration) {

    /** 48 hours' free cancellation; 15 minutes to pay a deposit. */
    public static final BookingPolicy DEFAULT = new BookingPolicy(Duration.ofHours(48), Duration.ofMinutes(15));

    public BookingPolicy {
        Objects.requireNonNull(freeCancellationWindow, "freeCancellationWindow");
        Objects.requireNonNull(holdDuration, "holdDuration");
        if (freeCancellationWindow.isNegative() || freeCancellationWindow.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException("freeCancellationHours must be between 0 and 720");
        }
        if (holdDuration.compareTo(Duration.ofMinutes(5)) < 0 || holdDuration.compareTo(Duration.ofHours(2)) > 0) {
            throw new IllegalArgumentException("holdMinutes must be between 5 and 120");
        }
    }
}
