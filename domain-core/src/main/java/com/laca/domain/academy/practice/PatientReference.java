package com.laca.domain.academy.practice;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The clinic's pseudonym for the patient of a logged case (e.g. {@code TOX-0042}), because a case log travels with the
 * trainee and must never identify a patient: names (no spaces allowed), e-mail addresses (no {@code @}), and NHS,
 * phone or hospital numbers (never digits alone) are refused by shape.
 *
 * @param value 4 to 20 upper-case letters, digits and hyphens, with at least one letter and one digit
 */
public record PatientReference(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9-]{4,20}");
    private static final Pattern HAS_LETTER = Pattern.compile(".*[A-Z].*");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*[0-9].*");

    public PatientReference {
        Objects.requireNonNull(value, "value");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches() || !HAS_LETTER.matcher(value).matches()
                || !HAS_DIGIT.matcher(value).matches()) {
            throw new IllegalArgumentException("a patient reference is the clinic's pseudonym: 4 to 20 letters, "
                    + "digits and hyphens with at least one letter and one digit, never a name or a number alone");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
