package com.laca.domain.clinic;

/** Guards for the free-text fields of clinic records, so every aggregate rejects blanks and overlong text alike. */
final class Text {

    private Text() {
    }

    static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    static String optional(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : required(value, field, maxLength);
    }
}
