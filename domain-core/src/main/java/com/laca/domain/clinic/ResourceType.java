package com.laca.domain.clinic;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The kind of room or device a treatment needs (e.g. {@code TREATMENT_ROOM}, {@code LASER}); a code, not an enum,
 * because every clinic owns different equipment.
 *
 * @param code upper-case letters, digits and underscores, 2–40 characters
 */
public record ResourceType(String code) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public ResourceType {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("resource type must be 2-40 upper-case letters, digits or underscores: " + code);
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
