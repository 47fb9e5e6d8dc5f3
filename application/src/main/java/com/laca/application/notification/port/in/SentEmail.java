package com.laca.application.notification.port.in;

import com.laca.domain.notification.NotificationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One e-mail the clinic sent, as the outbox viewer shows it to staff; the bodies are there only while the embedded
 * default keeps them (no SMTP server configured).
 *
 * @param body the subject and both bodies, when kept
 */
public record SentEmail(NotificationId id, String kind, String to, Instant sentAt, Optional<Body> body) {

    public SentEmail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(body, "body");
    }

    /** What the reader saw. */
    public record Body(String subject, String text, String html) {

        public Body {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(html, "html");
        }
    }

    /** Names the id and kind only: the address and bodies are personal data. */
    @Override
    public String toString() {
        return "SentEmail[" + id + ", " + kind + "]";
    }
}
