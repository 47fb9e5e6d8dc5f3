package com.laca.domain.clinic;

import java.time.Duration;
import java.util.Objects;

/**
 * How a treatment may be booked: the slot step, the minimum notice and the maximum advance.
 *
 * @param slotStep       distance between offered start times, 5 minutes to 4 hours
 * @param minimumNotice  how long before the start a booking must be made
 * @param maximumAdvance how far ahead a booking may be made, at most 366 days
 */
public record BookingWindow(Duration slotStep, Duration minimumNotice, Duration maximumAdvance) {

    /** 15-minute steps, 24 hours' notice, up to 90 days ahead. */
    public static final BookingWindow DEFAULT = new BookingWindow(Duration.ofMinutes(15), Duration.ofHours(24),
            Duration.ofDays(90));

    public BookingWindow {
        Objects.requireNonNull(slotStep, "slotStep");
        Objects.requireNonNull(minimumNotice, "minimumNotice");
        Objects.requireNonNull(maximumAdvance, "maximumAdvance");
        if (slotStep.compareTo(Duration.ofMinutes(5)) < 0 || slotStep.compareTo(Duration.ofHours(4)) > 0) {
            throw new IllegalArgumentException("slotStepMinutes must be between 5 and 240");
        }
        if (minimumNotice.isNegative()) {
            throw new IllegalArgumentException("minimumNoticeMinutes must not be negative");
        }
        if (maximumAdvance.compareTo(minimumNotice) <= 0 || maximumAdvance.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("maximumAdvanceDays must be after the minimum notice and at most 366");
        }
    }
}
