package com.laca.application.notification.port.out;

import com.laca.domain.notification.NotificationId;
import com.laca.domain.shared.EmailAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * One rendered e-mail ready to hand to a mail server, with both a plain-text and an HTML body because many mail
 * clients (and screen readers) prefer text.
 *
 * @param id      the outbox message's id; becomes the {@code Message-ID}, so a retry is recognisably the same e-mail
 * @param from    the sending mailbox (the platform's address, the clinic's name)
 * @param replyTo where replies go (the clinic's own address), if set
 * @param to      the one addressee
 * @param subject one line, at most 200 characters
 * @param text    the plain-text body
 * @param html    the HTML body
 */
public record EmailMessage(NotificationId id, Mailbox from, Optional<Mailbox> replyTo, EmailAddress to,
                           String subject, String text, String html) {

    public EmailMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        if (subject.isBlank() || subject.length() > 200 || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("a subject is one line of 1-200 characters");
        }
        if (text.isBlank() || html.isBlank()) {
            throw new IllegalArgumentException("an e-mail needs a text and an HTML body");
        }
    }

    /** Names the id only: addresses and bodies are personal data. */
    @Override
    public String toString() {
        return "EmailMessage[" + id + "]";
    }
}
