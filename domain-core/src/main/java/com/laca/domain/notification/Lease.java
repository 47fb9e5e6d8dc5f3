package com.laca.domain.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * A dispatcher's time-limited claim on a message, so that a dispatcher that crashes mid-send holds the message only
 * until the lease runs out and another instance can take it over.
 *
 * @param owner the dispatcher instance, 1 to 100 printable characters
 * @param until when the claim lapses
 */
public record Lease(String owner, Instant until) {

    public Lease {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(until, "until");
        if (owner.isBlank() || owner.length() > 100 || owner.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a lease owner is 1-100 printable characters");
        }
    }

    /** Whether the claim has lapsed at {@code now}; at exactly {@code until} it has. */
    public boolean hasExpiredAt(Instant now) {
        return !now.isBefore(until);
    }
}
