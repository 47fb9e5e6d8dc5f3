package com.laca.adapter.rest.notification;

import com.laca.application.notification.port.in.SentEmail;
import java.time.Instant;

/**
 * One sent e-mail in the outbox viewer; subject and bodies are {@code null} where the server does not keep them (real
 * SMTP).
 */
public record SentEmailResponse(String id, String kind, String to, Instant sentAt, String subject, String text,
                                String html) {

    static SentEmailResponse from(SentEmail email) {
        return new SentEmailResponse(email.id().toString(), email.kind(), email.to(), email.sentAt(),
                email.body().map(SentEmail.Body::subject).orElse(null),
                email.body().map(SentEmail.Body::text).orElse(null),
                email.body().map(SentEmail.Body::html).orElse(null));
    }

    /** Names the id and kind only: the address and bodies are personal data and may carry secrets. */
    @Override
    public String toString() {
        return "SentEmailResponse[" + id + ", " + kind + "]";
    }
}
