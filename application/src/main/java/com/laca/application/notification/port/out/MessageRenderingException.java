package com.laca.application.notification.port.out;

/**
 * A message could not be rendered (its template is broken or has no default for the locale), which no retry can
 * fix, so the outbox makes it a dead letter with this reason for an admin.
 */
public final class MessageRenderingException extends RuntimeException {

    public MessageRenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public MessageRenderingException(String message) {
        this(message, null);
    }
}
