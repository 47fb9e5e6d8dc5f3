package com.laca.application.notification.port.out;

import java.util.Objects;

/**
 * A callback that cannot be shown to come from the SMS provider, refused before anything in it is believed, because a
 * forged "STOP" or "delivered" would silence a client or hide a failure.
 */
public final class SmsCallbackRejectedException extends RuntimeException {

    /** Why it was refused. */
    public enum Reason {
        /** No signature header. */
        MISSING_SIGNATURE,
        /** The signature does not match. */
        INVALID_SIGNATURE,
        /** Signed, but not a callback this adapter can read. */
        MALFORMED
    }

    private final Reason reason;

    public SmsCallbackRejectedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
