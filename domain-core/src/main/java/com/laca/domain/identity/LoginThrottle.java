package com.laca.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The failed-sign-in counter for one key, so password guessing slows to a crawl for that account or address.
 *
 * @param key         e.g. {@code account:<hash of tenant and e-mail>} or {@code address:<hash of the address>}
 * @param windowStart when the current counting window began
 * @param lockedUntil until when sign-in is refused, or {@code null}
 */
public record LoginThrottle(String key, int failures, Instant windowStart, Instant lockedUntil) {

    public LoginThrottle {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(windowStart, "windowStart");
    }

    /** A counter with no failures yet. */
    public static LoginThrottle fresh(String key, Instant now) {
        return new LoginThrottle(key, 0, now, null);
    }

    /** Until when sign-in is refused, if it is refused at {@code now}. */
    public Optional<Instant> lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** The counter after one more failure at {@code now}: a new window if the old one passed, a lock if over the limit. */
    public LoginThrottle afterFailure(Instant now, LoginThrottlePolicy policy) {
        boolean windowOver = !now.isBefore(windowStart.plus(policy.window()));
        int count = windowOver ? 1 : failures + 1;
        Instant start = windowOver ? now : windowStart;
        Instant lock = count > policy.maxFailures() ? now.plus(policy.lockout()) : lockedUntil;
        return new LoginThrottle(key, count, start, lock);
    }
}
