package com.laca.application.notification.port.in;

import com.laca.domain.notification.Channel;
import java.util.Objects;
import java.util.Optional;

/**
 * A clinic's wording of one template as the editor sends it: subject, text and HTML for e-mail, text only for SMS
 * (Mustache); the limits are those of the stored template.
 */
public record TemplateText(Channel channel, Optional<String> subject, String text, Optional<String> html) {

    public TemplateText {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    public static TemplateText email(String subject, String text, String html) {
        return new TemplateText(Channel.EMAIL, Optional.of(subject), text, Optional.of(html));
    }

    public static TemplateText sms(String text) {
        return new TemplateText(Channel.SMS, Optional.empty(), text, Optional.empty());
    }
}
