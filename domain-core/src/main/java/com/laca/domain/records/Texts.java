package com.laca.domain.records;

import java.util.List;
import java.util.Objects;

/** Guards for the free text of the record, so every part rejects blank, overlong or control-character text alike. */
final class Texts {

    private Texts() {
    }

    /** The trimmed text; refused when blank, longer than {@code maxLength} or carrying control characters. */
    static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new IllegalArgumentException(field + " must not contain control characters");
        }
        return trimmed;
    }

    /** Like {@link #required} but on one line: names and codes never carry line breaks. */
    static String singleLine(String value, String field, int maxLength) {
        String text = required(value, field, maxLength);
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must be one line of printable characters");
        }
        return text;
    }

    /** An unmodifiable copy of the list, refusing a null list or null elements. */
    static <T> List<T> list(List<T> values, String field) {
        Objects.requireNonNull(values, field);
        return List.copyOf(values);
    }
}
