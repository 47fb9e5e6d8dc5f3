package com.laca.application.booking.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A small, bounded, synchronized least-recently-used map, so an in-process cache can never grow without limit and needs
 * no framework; callers put only immutable values in it.
 */
final class LruCache<K, V> {

    private final Map<K, V> entries;

    LruCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The value kept for the key, or the one {@code load} makes, then kept; the load runs outside the lock, since it
     * reads a database, so two callers missing at once may both load, and the later value is kept.
     */
    V getOrLoad(K key, Function<K, V> load) {
        return get(key).orElseGet(() -> {
            V loaded = load.apply(key);
            put(key, loaded);
            return loaded;
        });
    }

    private synchronized Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    private synchronized void put(K key, V value) {
        entries.put(key, value);
    }
}
