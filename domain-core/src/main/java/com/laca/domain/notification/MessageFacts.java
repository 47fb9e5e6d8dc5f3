package com.laca.domain.notification;

import com.laca.domain.shared.Money;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The snapshot of facts a message is rendered from, taken in the transaction that enqueued it, so a later rename of
 * the clinic or the treatment does not change a message already queued.
 *
 * <p>Names are dotted paths ({@code client.firstName}); a name may not also be the parent of another
 * ({@code client} beside {@code client.firstName}), because templates read the dots as nesting.
 */
public final class MessageFacts {

    /** At most this many facts, so a snapshot stays a small row. */
    public static final int MAX_FACTS = 40;

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,39}(\\.[a-z][A-Za-z0-9]{0,39}){0,3}");
    private static final MessageFacts EMPTY = new MessageFacts(new TreeMap<>());

    private final Map<String, FactValue> values;

    private MessageFacts(TreeMap<String, FactValue> values) {
        if (values.size() > MAX_FACTS) {
            throw new IllegalArgumentException("a message carries at most " + MAX_FACTS + " facts");
        }
        String previous = null;
        for (String key : values.keySet()) {
            if (previous != null && key.startsWith(previous + ".")) {
                throw new IllegalArgumentException("fact " + previous + " cannot also have parts (" + key + ")");
            }
            previous = key;
        }
        this.values = Collections.unmodifiableMap(values);
    }

    /** No facts, e.g. once a message carrying a secret is final. */
    public static MessageFacts empty() {
        return EMPTY;
    }

    /** Facts from a map, e.g. when a stored message is read back. */
    public static MessageFacts of(Map<String, FactValue> values) {
        TreeMap<String, FactValue> copy = new TreeMap<>();
        Objects.requireNonNull(values, "values").forEach((key, value) -> copy.put(requireKey(key),
                Objects.requireNonNull(value, key)));
        return new MessageFacts(copy);
    }

    /** A builder, for the area that enqueues a message. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a fact name.
     *
     * @return the name
     * @throws IllegalArgumentException if it is not a dotted path of up to four lower-camel-case words
     */
    public static String requireKey(String key) {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a fact name: " + key);
        }
        return key;
    }

    /** The fact with this name, if present. */
    public Optional<FactValue> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The text fact with this name, if present and text. */
    public Optional<String> text(String key) {
        return get(key).filter(FactValue.Text.class::isInstance).map(value -> ((FactValue.Text) value).value());
    }

    /** The required names this snapshot lacks, sorted, so the caller is told all of them at once. */
    public Set<String> missing(Set<String> required) {
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(values.keySet());
        return missing;
    }

    /** Every fact by name, sorted by name. */
    public Map<String, FactValue> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageFacts facts && facts.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Lists the names only: the values are personal data and never belong in a log. */
    @Override
    public String toString() {
        return "MessageFacts" + values.keySet();
    }

    /** Collects facts by type. */
    public static final class Builder {

        private final Map<String, FactValue> values = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder text(String key, String value) {
            return put(key, new FactValue.Text(value));
        }

        public Builder moment(String key, Instant instant, ZoneId zone) {
            return put(key, new FactValue.Moment(instant, zone));
        }

        public Builder amount(String key, Money money) {
            return put(key, new FactValue.Amount(money));
        }

        public Builder link(String key, URI uri) {
            return put(key, new FactValue.Link(uri));
        }

        public Builder put(String key, FactValue value) {
            values.put(requireKey(key), Objects.requireNonNull(value, key));
            return this;
        }

        public MessageFacts build() {
            return MessageFacts.of(values);
        }
    }
}
