package com.laca.domain.clinic;

import java.util.Objects;
import java.util.UUID;

/** Identifies one drafted treatment description, typed so it cannot be confused with the treatment's own id. */
public record DescriptionDraftId(UUID value) {

    public DescriptionDraftId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static DescriptionDraftId random() {
        return new DescriptionDraftId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static DescriptionDraftId parse(String text) {
        return new DescriptionDraftId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
