package com.laca.application.booking.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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

    synchronized Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }
}
