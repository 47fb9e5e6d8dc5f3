package com.laca.domain.academy.question;

import com.laca.domain.academy.QuestionId;
import java.util.Objects;

/**
 * One version of one question, the unit an attempt pins, so editing a question never changes an attempt already
 * taken (only an explicit regrade does).
 *
 * @param id      the question across its versions
 * @param version 1 for the first version, counting up with each edit
 */
public record QuestionKey(QuestionId id, int version) {

    public QuestionKey {
        Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("a question version starts at 1: " + version);
        }
    }

    /** The version after this one. */
    public QuestionKey next() {
        return new QuestionKey(id, version + 1);
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }
}
