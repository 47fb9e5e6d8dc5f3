package com.laca.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phone number in international form ({@code +447700900123}), so reminders reach UK mobiles written as
 * "07700 900123" and numbers can be compared.
 *
 * <p>Spaces, dots, hyphens and brackets are dropped; a leading {@code 00} becomes {@code +}; a single leading
 * {@code 0} is read as a UK number ({@code +44}), because every tenant is a UK clinic.
 *
 * @param value the number as {@code +} followed by 8 to 15 digits
 */
public record PhoneNumber(String value) {

    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()\\-]");

    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        value = normalise(value);
        if (!INTERNATIONAL.matcher(value).matches()) {
            throw new IllegalArgumentException("not a phone number: " + value);
        }
    }

    private static String normalise(String text) {
        String compact = SEPARATORS.matcher(text).replaceAll("");
        if (compact.startsWith("00")) {
            return "+" + compact.substring(2);
        }
        if (compact.startsWith("0")) {
            return "+44" + compact.substring(1);
        }
        return compact;
    }

    @Override
    public String toString() {
        return value;
    }
}
