package com.laca.domain.notification;

import java.util.Objects;

/**
 * Why an attempt to send failed, split the way delivery must react: give up, try again, or try again knowing the first
 * attempt may have gone through (the stable id then stops it arriving twice).
 *
 * @param kind   how to react
 * @param reason what went wrong, without personal data (a status code, an SMTP reply code); cut to 500 characters
 */
public record SendFailure(Kind kind, String reason) {

    /** How delivery reacts to a failure. */
    public enum Kind {
        /** Refused for good (no such mailbox, not a mobile, the number sent STOP): retrying cannot help. */
        REFUSED,
        /** Not sent (server down, rate limited): retry later. */
        UNAVAILABLE,
        /** Perhaps sent (a time-out after the request went out): retry with the same id, which the channel dedupes. */
        OUTCOME_UNKNOWN
    }

    private static final int MAX_REASON = 500;

    public SendFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        reason = reason.strip();
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON);
        }
    }

    public static SendFailure refused(String reason) {
        return new SendFailure(Kind.REFUSED, reason);
    }

    public static SendFailure unavailable(String reason) {
        return new SendFailure(Kind.UNAVAILABLE, reason);
    }

    public static SendFailure outcomeUnknown(String reason) {
        return new SendFailure(Kind.OUTCOME_UNKNOWN, reason);
    }

    /** Whether retrying could succeed. */
    public boolean isRetryable() {
        return kind != Kind.REFUSED;
    }

    /** One line for the dead-letter list: the kind and the reason. */
    public String summary() {
        return kind + ": " + reason;
    }
}
