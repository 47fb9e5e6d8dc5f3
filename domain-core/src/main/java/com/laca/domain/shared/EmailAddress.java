package com.laca.domain.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address, trimmed and lower-cased so that "Ana@Clinic.uk" and "ana@clinic.uk" are one account or client.
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an e-mail address");
        }
    }

    /** Whether the text is an acceptable address, for validation before construction. */
    public static boolean isValid(String text) {
        return text != null && text.trim().length() <= 254 && SHAPE.matcher(text.trim()).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
