package com.laca.domain.safety;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one question of the medical questionnaire by a stable code, so answers and rules survive rewording.
 *
 * @param value lower-case letters, digits and underscores, 2–60 characters, e.g. {@code pregnant_or_breastfeeding}
 */
public record QuestionId(String value) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,59}");

    public QuestionId {
        Objects.requireNonNull(value, "value");
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("question id must be 2-60 lower-case letters, digits or underscores");
        }
    }

    /** Whether the text is a well-formed question id, so bad input becomes a typed refusal instead of an exception. */
    public static boolean isWellFormed(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
