package com.laca.application.notification.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A template rendered with sample data (nothing rendered when it cannot be read) and every problem found: names the
 * kind has no fact for, words its surface may not show, an SMS too long.
 */
public record TemplatePreview(Optional<String> subject, Optional<String> text, Optional<String> html,
                              List<String> problems) {

    public TemplatePreview {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }
}
