package com.laca.application.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Yes/no answers asked on every request (is this clinic active, is this account active) kept in process for at most
 * a few seconds, so a change reaches every server instance within that time without a database query per request.
 *
 * @param <K> what is asked about
 */
public final class RecentAnswers<K> {

    /** Far more keys than one deployment asks about; past it the cache starts afresh rather than grow. */
    private static final int MAX_ENTRIES = 10_000;

    private final Predicate<K> source;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<K, Answer> answers = new ConcurrentHashMap<>();

    /** What was read, and when. */
    private record Answer(boolean value, Instant at) {
    }

    /**
     * @param source reads the answer afresh
     * @param maxAge how old an answer may be: the longest a change takes to reach the other instances
     */
    public RecentAnswers(Predicate<K> source, Clock clock, Duration maxAge) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative");
        }
    }

    /** The answer for the key, read afresh when the one kept is older than the maximum age (or from the future). */
    public boolean test(K key) {
        Instant now = clock.instant();
        Answer known = answers.get(key);
        if (known != null && !now.isBefore(known.at()) && now.isBefore(known.at().plus(maxAge))) {
            return known.value();
        }
        boolean value = source.test(key);
        if (answers.size() >= MAX_ENTRIES) {
            answers.clear();
        }
        answers.put(key, new Answer(value, now));
        return value;
    }

    /** Forgets the answer for the key, so the next question reads it afresh; after a change made on this instance. */
    public void forget(K key) {
        answers.remove(key);
    }
}
