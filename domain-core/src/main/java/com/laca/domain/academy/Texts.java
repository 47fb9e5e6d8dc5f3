package com.laca.domain.academy;

import java.util.Optional;
import java.util.regex.Pattern;

/** Guards for the academy's text fields and short keys, so every record rejects blanks and overlong input alike. */
public final class Texts {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private Texts() {
    }

    /** The trimmed text; refuses {@code null}, blank, or longer than {@code maxLength}. */
    public static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /** The trimmed text if present and not blank, else empty; refuses text longer than {@code maxLength}. */
    public static Optional<String> optional(Optional<String> value, String field, int maxLength) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must be given, even if empty");
        }
        return value.filter(text -> !text.isBlank()).map(text -> required(text, field, maxLength));
    }

    /** A short key naming an option or item inside one question: letters, digits, {@code _} and {@code -}. */
    public static String key(String value, String field) {
        if (value == null || !KEY.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 1 to 40 letters, digits, '_' or '-': " + value);
        }
        return value;
    }
}
