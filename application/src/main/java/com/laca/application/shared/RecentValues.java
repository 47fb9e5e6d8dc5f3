package com.laca.application.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Answers asked on every request (is this clinic active, is this account active, which clinic has this public address)
 * kept in process for at most a few seconds, so a change reaches every server instance within that time without a
 * database query per request.
 *
 * @param <K> what is asked about
 * @param <V> the answer
 */
public final class RecentValues<K, V> {

    /** Far more keys than one deployment asks about; past it the cache starts afresh rather than grow. */
    private static final int MAX_ENTRIES = 10_000;

    private final Function<K, V> source;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<K, Answer<V>> answers = new ConcurrentHashMap<>();
    /** Moves on with every forgetting, so an answer read before a change is never kept after it. */
    private final AtomicLong changes = new AtomicLong();

    /** What was read, and when. */
    private record Answer<V>(V value, Instant at) {
    }

    /**
     * @param source reads the answer afresh; never answers {@code null}
     * @param maxAge how old an answer may be: the longest a change takes to reach the other instances
     */
    public RecentValues(Function<K, V> source, Clock clock, Duration maxAge) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative");
        }
    }

    /**
     * The answer for the key, read afresh when the one kept is older than the maximum age (or from the future). An
     * answer whose reading overlapped a forgetting is given to its caller but not kept, since it may predate the change.
     */
    public V get(K key) {
        Instant now = clock.instant();
        Answer<V> known = answers.get(key);
        if (known != null && !now.isBefore(known.at()) && now.isBefore(known.at().plus(maxAge))) {
            return known.value();
        }
        long changesBefore = changes.get();
        V value = Objects.requireNonNull(source.apply(key), "answer");
        if (answers.size() >= MAX_ENTRIES) {
            answers.clear();
        }
        Answer<V> read = new Answer<>(value, now);
        answers.put(key, read);
        if (changes.get() != changesBefore) {
            answers.remove(key, read);
        }
        return value;
    }

    /** Forgets the answer for the key, so the next question reads it afresh; after a change made on this instance. */
    public void forget(K key) {
        changes.incrementAndGet();
        answers.remove(key);
    }

    /** Forgets every answer; after a change made on this instance that may alter answers under keys not at hand. */
    public void forgetAll() {
        changes.incrementAndGet();
        answers.clear();
    }
}
