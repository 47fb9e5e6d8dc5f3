package com.laca.domain.notification;

import com.laca.domain.shared.AppointmentId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a message is about (e.g. one appointment), so a later change can find the messages about the same thing that
 * are still waiting and cancel or replace them.
 *
 * @param value {@code <area>:<id>}, e.g. {@code appointment:5f0c…}; 3 to 100 letters, digits, {@code :}, {@code -}
 */
public record Topic(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*:[A-Za-z0-9-]{1,80}");

    public Topic {
        Objects.requireNonNull(value, "value");
        if (value.length() > 100 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a topic is <area>:<id>, e.g. appointment:<uuid>");
        }
    }

    /** The topic of every message about one appointment. */
    public static Topic appointment(AppointmentId appointment) {
        return new Topic("appointment:" + appointment);
    }

    @Override
    public String toString() {
        return value;
    }
}
