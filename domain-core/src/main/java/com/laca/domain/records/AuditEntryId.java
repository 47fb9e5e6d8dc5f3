package com.laca.domain.records;

import java.util.Objects;
import java.util.UUID;

/** Identifies one access audit entry, which is never changed once written. */
public record AuditEntryId(UUID value) {

    public AuditEntryId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static AuditEntryId random() {
        return new AuditEntryId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static AuditEntryId parse(String text) {
        return new AuditEntryId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
