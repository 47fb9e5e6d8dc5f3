package com.laca.domain.academy;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one bank of questions an assessment draws from by a UUID, typed so it cannot be confused with another
 * kind of id.
 */
public record QuestionBankId(UUID value) {

    public QuestionBankId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random id. */
    public static QuestionBankId random() {
        return new QuestionBankId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} on anything else. */
    public static QuestionBankId parse(String text) {
        return new QuestionBankId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
