package com.laca.domain.scheduling;

import com.laca.domain.shared.PractitionerId;
import java.util.Objects;

/**
 * A period a practitioner cannot see clients (holiday, training, an hour a receptionist blocks out), kept apart from
 * the rota so the rota stays the rule and absences stay the exception.
 *
 * @param practitioner who is away
 * @param period       when, as real time (it may span several days and locations)
 */
public record TimeOff(PractitionerId practitioner, TimeRange period) {

    public TimeOff {
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(period, "period");
    }
}
