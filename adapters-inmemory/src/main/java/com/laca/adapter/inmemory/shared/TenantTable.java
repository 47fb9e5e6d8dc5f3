package com.laca.adapter.inmemory.shared;

import com.laca.domain.shared.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A table of tenant-owned rows: every access sees and changes only the running transaction's tenant's rows. */
public final class TenantTable<ID, V> {

    private record Key<ID>(TenantId tenant, ID id) {
    }

    private final InMemoryTransactionRunner tx;
    private final InMemoryTable<Key<ID>, V> rows;

    public TenantTable(InMemoryTransactionRunner tx) {
        this.tx = tx;
        this.rows = tx.newTable();
    }

    public Optional<V> find(ID id) {
        return rows.get(new Key<>(tx.tenant(), id));
    }

    public void put(ID id, V value) {
        rows.put(new Key<>(tx.tenant(), id), value);
    }

    public void remove(ID id) {
        rows.remove(new Key<>(tx.tenant(), id));
    }

    public Stream<V> values() {
        TenantId tenant = tx.tenant();
        return rows.entries().filter(e -> e.getKey().tenant().equals(tenant)).map(Map.Entry::getValue);
    }

    public TenantId tenant() {
        return tx.tenant();
    }
}
