package com.laca.domain.records;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A review the practitioner asked for (e.g. a toxin review at two weeks), so the desk can book it and a missed one
 * can be noticed.
 *
 * @param on     the date it is due
 * @param reason what it is for (1-500 characters)
 */
public record FollowUp(LocalDate on, String reason) {

    public FollowUp {
        Objects.requireNonNull(on, "on");
        reason = Texts.required(reason, "follow-up reason", 500);
    }
}
