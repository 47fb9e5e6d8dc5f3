package com.laca.application.notification.port.out;

import java.util.Objects;

/** A message rendered for its channel, sealed so a sender gets exactly the parts its channel has. */
public sealed interface RenderedMessage {

    /** An e-mail: a one-line subject, a text and an HTML body. */
    record Email(String subject, String text, String html) implements RenderedMessage {

        public Email {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(html, "html");
        }
    }

    /** An SMS: one text. */
    record Sms(String text) implements RenderedMessage {

        public Sms {
            Objects.requireNonNull(text, "text");
        }
    }
}
