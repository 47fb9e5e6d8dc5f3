package com.laca.domain.safety;

import java.util.Objects;
import java.util.UUID;

/** Identifies one prescriber's decision by a UUID, typed so it cannot be confused with another kind of id. */
public record PrescriberDecisionId(UUID value) {

    public PrescriberDecisionId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static PrescriberDecisionId random() {
        return new PrescriberDecisionId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static PrescriberDecisionId parse(String text) {
        return new PrescriberDecisionId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
