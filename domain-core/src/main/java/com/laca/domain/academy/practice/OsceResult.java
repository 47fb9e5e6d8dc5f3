package com.laca.domain.academy.practice;

import com.laca.domain.academy.Texts;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One sitting of a station, pass or fail, with the examiner who decided it.
 *
 * @param attempt    1 for the first sitting
 * @param passed     the examiner's verdict
 * @param examiner   who examined
 * @param examinedAt when
 * @param comment    feedback for the trainee
 */
public record OsceResult(int attempt, boolean passed, UserId examiner, Instant examinedAt, Optional<String> comment) {

    public OsceResult {
        if (attempt < 1) {
            throw new IllegalArgumentException("sittings are numbered from 1");
        }
        Objects.requireNonNull(examiner, "examiner");
        Objects.requireNonNull(examinedAt, "examinedAt");
        comment = Texts.optional(comment, "examiner comment", 2000);
    }
}
