package com.laca.application.notification.port.out;

import com.laca.domain.shared.EmailAddress;
import java.util.Objects;

/**
 * An address with the name shown beside it ("Demo Clinic &lt;bookings@…&gt;"), so a client sees their clinic's name,
 * not the platform's, as the sender.
 *
 * @param displayName 1 to 120 printable characters
 */
public record Mailbox(String displayName, EmailAddress address) {

    public Mailbox {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(address, "address");
        if (displayName.isBlank() || displayName.length() > 120 || displayName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a display name is 1-120 printable characters");
        }
    }
}
