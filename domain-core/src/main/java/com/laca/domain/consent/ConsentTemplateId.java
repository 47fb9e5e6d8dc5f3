package com.laca.domain.consent;

import java.util.Objects;
import java.util.UUID;

/** Identifies one consent template version by a UUID, typed so it cannot be confused with another kind of id. */
public record ConsentTemplateId(UUID value) {

    public ConsentTemplateId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static ConsentTemplateId random() {
        return new ConsentTemplateId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static ConsentTemplateId parse(String text) {
        return new ConsentTemplateId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
