package com.laca.adapter.inmemory.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Rows keyed by id that can only be touched inside a transaction and can be put back as they were. */
public final class InMemoryTable<K, V> {

    private final InMemoryTransactionRunner tx;
    private Map<K, V> rows = new HashMap<>();

    InMemoryTable(InMemoryTransactionRunner tx) {
        this.tx = tx;
    }

    public Optional<V> get(K key) {
        tx.requireTransaction();
        return Optional.ofNullable(rows.get(key));
    }

    public void put(K key, V value) {
        tx.requireTransaction();
        rows.put(key, value);
    }

    public void remove(K key) {
        tx.requireTransaction();
        rows.remove(key);
    }

    public Stream<Map.Entry<K, V>> entries() {
        tx.requireTransaction();
        return Map.copyOf(rows).entrySet().stream();
    }

    /** Something that, run later, puts the rows back as they are now. */
    Runnable snapshot() {
        Map<K, V> copy = new HashMap<>(rows);
        return () -> rows = copy;
    }
}
