package com.laca.adapter.rest.notification;

import com.laca.application.notification.port.in.DeadLetter;
import java.time.Instant;

/** A message the outbox gave up on: kind, channel, masked recipient, attempts and the last error code. */
public record DeadLetterMessageResponse(String id, String kind, String channel, String recipient, int attempts,
                                        String lastError, Instant failedAt) {

    static DeadLetterMessageResponse from(DeadLetter dead) {
        return new DeadLetterMessageResponse(dead.id().toString(), dead.kind(), dead.channel(), dead.recipient(),
                dead.attempts(), dead.lastError(), dead.failedAt());
    }
}
