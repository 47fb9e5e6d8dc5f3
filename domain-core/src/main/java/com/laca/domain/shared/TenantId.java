package com.laca.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies one Tenant by a UUID, typed so it cannot be confused with another kind of id. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static TenantId parse(String text) {
        return new TenantId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
