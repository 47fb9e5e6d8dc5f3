package com.laca.domain.booking;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address stored in one normal form (trimmed, lower case), because clients are matched by e-mail within a
 * tenant and "Anna@Example.com " must find the same client as "anna@example.com".
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an e-mail address: " + value);
        }
    }

    /** True when {@code text} can be accepted, so callers can validate input before constructing. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String normalised = text.strip().toLowerCase(Locale.ROOT);
        return normalised.length() <= MAX_LENGTH && SHAPE.matcher(normalised).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
