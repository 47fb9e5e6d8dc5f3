package com.laca.domain.academy;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one case in a trainee's practical case log by a UUID, typed so it cannot be confused with another kind
 * of id.
 */
public record CaseLogEntryId(UUID value) {

    public CaseLogEntryId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static CaseLogEntryId random() {
        return new CaseLogEntryId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static CaseLogEntryId parse(String text) {
        return new CaseLogEntryId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
