package com.laca.application.notification.port.out;

import com.laca.domain.notification.Channel;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's own wording of one kind of message for one channel and locale, replacing the shipped default; an e-mail
 * template has a subject, a text and an HTML body, an SMS template only a text.
 *
 * @param channel the channel it is for
 * @param subject the subject template, for e-mail only
 * @param text    the text template, at most 20,000 characters
 * @param html    the HTML template, for e-mail only
 */
public record MessageTemplate(Channel channel, Optional<String> subject, String text, Optional<String> html) {

    private static final int MAX = 20_000;

    public MessageTemplate {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        boolean email = channel == Channel.EMAIL;
        if (email != subject.isPresent() || email != html.isPresent()) {
            throw new IllegalArgumentException("an e-mail template has a subject and HTML, an SMS template neither");
        }
        if (text.isBlank() || text.length() > MAX || subject.map(String::length).orElse(0) > 500
                || html.map(String::length).orElse(0) > MAX) {
            throw new IllegalArgumentException("templates are at most 20000 characters, subjects 500");
        }
    }

    public static MessageTemplate email(String subject, String text, String html) {
        return new MessageTemplate(Channel.EMAIL, Optional.of(subject), text, Optional.of(html));
    }

    public static MessageTemplate sms(String text) {
        return new MessageTemplate(Channel.SMS, Optional.empty(), text, Optional.empty());
    }
}
