package com.laca.domain.academy.certificate;

import com.laca.domain.academy.Texts;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a certificate's status history, which is only ever appended to: nothing about a certificate is deleted.
 *
 * @param action what happened
 * @param at     when it took effect
 * @param by     who did it (for a regrade, the person who applied it)
 * @param cause  why, by kind
 * @param reason why, in words; shown on the verify page for suspensions and revocations
 */
public record StatusChange(Action action, Instant at, UserId by, StatusCause cause, String reason) {

    /** What a status change does. */
    public enum Action {
        /** VALID (or EXPIRED) → SUSPENDED. */
        SUSPENDED,
        /** SUSPENDED → as before. */
        REINSTATED,
        /** Anything → REVOKED, for good. */
        REVOKED
    }

    public StatusChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(cause, "cause");
        reason = Texts.required(reason, "reason", 1000);
    }
}
