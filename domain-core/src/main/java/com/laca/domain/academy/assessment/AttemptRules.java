package com.laca.domain.academy.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When and how often an assessment may be attempted, and the deadline rule the server enforces (never a timer in
 * the browser): {@code deadline = min(start + time limit + extra time, close)}, then a small grace for answers
 * already on their way.
 *
 * @param attemptLimit attempts allowed per learner; 0 means unlimited
 * @param timeLimit    how long one attempt may last, if limited
 * @param opensAt      no attempt may start before this, if set
 * @param closesAt     no attempt may start at or after this, and none runs past it, if set
 * @param grace        how long after the deadline answers are still accepted; 0 to 5 minutes
 */
public record AttemptRules(int attemptLimit, Optional<Duration> timeLimit, Optional<Instant> opensAt,
                           Optional<Instant> closesAt, Duration grace) {

    /** Enough for an answer sent at the last second to arrive over a slow connection. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);
    /** A grace is for latency, not extra time: extra time is an {@link AttemptOverride}. */
    public static final Duration MAX_GRACE = Duration.ofMinutes(5);

    public AttemptRules {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(grace, "grace");
        if (attemptLimit < 0) {
            throw new IllegalArgumentException("the attempt limit cannot be negative; 0 means unlimited");
        }
        if (timeLimit.isPresent() && (timeLimit.get().isNegative() || timeLimit.get().isZero())) {
            throw new IllegalArgumentException("a time limit must be positive: " + timeLimit.get());
        }
        if (opensAt.isPresent() && closesAt.isPresent() && !opensAt.get().isBefore(closesAt.get())) {
            throw new IllegalArgumentException("an assessment must open before it closes");
        }
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw new IllegalArgumentException("the grace must be between 0 and " + MAX_GRACE + ": " + grace);
        }
    }

    /** Unlimited attempts, no time limit, always open, the default grace. */
    public static AttemptRules unrestricted() {
        return new AttemptRules(0, Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_GRACE);
    }

    /** The same rules with another attempt limit. */
    public AttemptRules withAttemptLimit(int limit) {
        return new AttemptRules(limit, timeLimit, opensAt, closesAt, grace);
    }

    /** The same rules with a time limit. */
    public AttemptRules withTimeLimit(Duration limit) {
        return new AttemptRules(attemptLimit, Optional.of(limit), opensAt, closesAt, grace);
    }

    /** The same rules with an opening and a closing time. */
    public AttemptRules openBetween(Instant opens, Instant closes) {
        return new AttemptRules(attemptLimit, timeLimit, Optional.of(opens), Optional.of(closes), grace);
    }

    /** The same rules with another grace. */
    public AttemptRules withGrace(Duration newGrace) {
        return new AttemptRules(attemptLimit, timeLimit, opensAt, closesAt, newGrace);
    }

    /** The attempts this learner may make; empty if unlimited. */
    public Optional<Integer> attemptsAllowed(AttemptOverride override) {
        return attemptLimit == 0 ? Optional.empty() : Optional.of(attemptLimit + override.extraAttempts());
    }

    /** When the assessment closes for this learner: the closing time plus their extension, if it closes. */
    public Optional<Instant> closesAtFor(AttemptOverride override) {
        return closesAt.map(close -> close.plus(override.closeExtension()));
    }

    /**
     * The deadline of an attempt started at {@code start}: {@code min(start + time limit + extra time, close)} where
     * close is the learner's ({@link #closesAtFor}), or empty when there is neither a time limit nor a closing time.
     */
    public Optional<Instant> deadlineFor(Instant start, AttemptOverride override) {
        Optional<Instant> byLimit = timeLimit.map(limit -> start.plus(limit).plus(override.extraTime()));
        Optional<Instant> close = closesAtFor(override);
        if (byLimit.isPresent() && close.isPresent()) {
            return Optional.of(byLimit.get().isBefore(close.get()) ? byLimit.get() : close.get());
        }
        return byLimit.isPresent() ? byLimit : close;
    }
}
