package com.laca.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies one Appointment by a UUID, typed so it cannot be confused with another kind of id. */
public record AppointmentId(UUID value) {

    public AppointmentId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static AppointmentId random() {
        return new AppointmentId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static AppointmentId parse(String text) {
        return new AppointmentId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
