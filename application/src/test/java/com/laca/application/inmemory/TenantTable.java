package com.laca.application.inmemory;

import com.laca.domain.shared.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A table of tenant-owned rows: every access sees and changes only the running transaction's tenant's rows. */
final class TenantTable<ID, V> {

    private record Key<ID>(TenantId tenant, ID id) {
    }

    private final InMemoryTransactionRunner tx;
    private final InMemoryTable<Key<ID>, V> rows;

    TenantTable(InMemoryTransactionRunner tx) {
        this.tx = tx;
        this.rows = tx.newTable();
    }

    Optional<V> find(ID id) {
        return rows.get(new Key<>(tx.tenant(), id));
    }

    void put(ID id, V value) {
        rows.put(new Key<>(tx.tenant(), id), value);
    }

    void remove(ID id) {
        rows.remove(new Key<>(tx.tenant(), id));
    }

    Stream<V> values() {
        TenantId tenant = tx.tenant();
        return rows.entries().filter(e -> e.getKey().tenant().equals(tenant)).map(Map.Entry::getValue);
    }

    TenantId tenant() {
        return tx.tenant();
    }
}
