package com.laca.domain.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The URL name of a tenant ({@code demo-clinic}), which public endpoints use to find the clinic.
 *
 * @param value 3–63 lower-case letters, digits and single hyphens, not starting or ending with a hyphen
 */
public record TenantSlug(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}");

    public TenantSlug {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("slug must be 3-63 lower-case letters, digits and single hyphens");
        }
    }

    /** Whether the text is an acceptable slug, for validation before construction. */
    public static boolean isValid(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
