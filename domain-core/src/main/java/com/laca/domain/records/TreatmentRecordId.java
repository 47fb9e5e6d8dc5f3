package com.laca.domain.records;

import java.util.Objects;
import java.util.UUID;

/** Identifies one signed treatment record entry (an original or a correction), typed so it cannot be confused with the appointment it documents. */
public record TreatmentRecordId(UUID value) {

    public TreatmentRecordId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static TreatmentRecordId random() {
        return new TreatmentRecordId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static TreatmentRecordId parse(String text) {
        return new TreatmentRecordId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
