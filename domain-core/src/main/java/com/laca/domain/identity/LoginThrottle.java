package com.laca.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The sign-in attempt counter for one key, so password guessing slows to a crawl for that account or address.
 *
 * @param key         e.g. {@code account:<hash of tenant and e-mail>} or {@code address:<hash of the address>}
 * @param failures    attempts in the current window not known to have succeeded
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

    /**
     * The counter after one more attempt at {@code now}, counted before its password is checked so that attempts
     * racing in parallel are counted as strictly as attempts made one after another: a new window if the old one
     * passed, and a lock once the attempts reach the policy's limit, so exactly that many guesses get through.
     */
    public LoginThrottle afterAttempt(Instant now, LoginThrottlePolicy policy) {
        boolean windowOver = !now.isBefore(windowStart.plus(policy.window()));
        int count = windowOver ? 1 : failures + 1;
        Instant start = windowOver ? now : windowStart;
        Instant lock = count >= policy.maxFailures() ? now.plus(policy.lockout()) : lockedUntil;
        return new LoginThrottle(key, count, start, lock);
    }

    /**
     * The counter after a counted attempt turned out to be right: it is taken off again (an office signing in all
     * day is not a guesser), and a lock opens if the count is below the limit without it.
     */
    public LoginThrottle afterSuccess(LoginThrottlePolicy policy) {
        int count = Math.max(0, failures - 1);
        return new LoginThrottle(key, count, windowStart, count < policy.maxFailures() ? null : lockedUntil);
    }
}
