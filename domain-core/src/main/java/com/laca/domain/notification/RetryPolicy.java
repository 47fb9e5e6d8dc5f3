package com.laca.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how far apart failed messages are retried: exponential backoff with jitter, up to a limit, then a dead
 * letter, so a mail server that is down is not hammered, many dispatchers do not retry in lock-step, and a message
 * that can never go out stops trying and is shown to an admin.
 *
 * <p>Before attempt <i>n</i> + 1 (after <i>n</i> failed attempts) the nominal wait is
 * {@code min(maxDelay, firstDelay × 2^(n-1))}; the actual wait is drawn uniformly from
 * {@code [nominal × (1 - jitter), nominal]}, so it never exceeds the nominal wait nor falls below its lower bound. The
 * random source is passed in so tests can seed it.
 *
 * @param maxAttempts attempts in all, 1 to 50, before the message is dead
 * @param firstDelay  the nominal wait after the first failure, at least one second
 * @param maxDelay    the longest nominal wait, not shorter than {@code firstDelay}, at most one day
 * @param jitter      the share of the nominal wait that may be taken off at random, 0 to 1
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, double jitter) {

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1 || maxAttempts > 50) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 50");
        }
        if (firstDelay.compareTo(Duration.ofSeconds(1)) < 0 || maxDelay.compareTo(firstDelay) < 0
                || maxDelay.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("delays must satisfy 1 s <= firstDelay <= maxDelay <= 1 day");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1");
        }
    }

    /** Eight attempts, waits of about 1, 2, 4 … up to 60 minutes, half of each wait random: about two hours in all. */
    public static RetryPolicy standard() {
        return new RetryPolicy(8, Duration.ofMinutes(1), Duration.ofHours(1), 0.5);
    }

    /** The nominal wait after {@code failedAttempts} failures, before jitter. */
    public Duration nominalDelayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        int doublings = Math.min(failedAttempts - 1, 40);
        long millis = firstDelay.toMillis();
        for (int i = 0; i < doublings && millis < maxDelay.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    /**
     * What to do after {@code failedAttempts} attempts have failed, the last one at {@code now}.
     *
     * @param random the jitter's source; seeded in tests
     */
    public RetryDecision afterFailure(int failedAttempts, Instant now, RandomGenerator random) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(random, "random");
        if (failedAttempts >= maxAttempts) {
            return new RetryDecision.GiveUp();
        }
        long nominal = nominalDelayAfter(failedAttempts).toMillis();
        long shortest = nominal - (long) Math.floor(nominal * jitter);
        long wait = shortest == nominal ? nominal : random.nextLong(shortest, nominal + 1);
        return new RetryDecision.RetryAt(now.plusMillis(wait));
    }
}
