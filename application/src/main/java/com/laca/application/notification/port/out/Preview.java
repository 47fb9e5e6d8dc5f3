package com.laca.application.notification.port.out;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A template rendered with sample data for staff to look at before saving it, with every problem found: names the
 * kind has no fact for, and words the content rule forbids.
 *
 * @param message  the sample rendering; empty when the template cannot be read at all
 * @param problems what is wrong, in words staff understand; empty when the template may be saved
 */
public record Preview(Optional<RenderedMessage> message, List<String> problems) {

    public Preview {
        Objects.requireNonNull(message, "message");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }
}
