package com.laca.adapter.inmemory.clinic;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.clinic.port.out.ClinicRecordRepository;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.VersionConflictException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The in-memory clinic record store every kind shares: versions, paging in name-then-id order, and the reference checks
 * the database enforces with foreign keys.
 */
abstract class InMemoryClinicRecordRepository<T, ID> implements ClinicRecordRepository<T, ID> {

    private final String kind;
    private final TenantTable<ID, T> table;
    private final Function<T, ID> idOf;
    private final ToLongFunction<T> versionOf;
    private final BiFunction<T, Long, T> atVersion;
    private final Comparator<T> order;
    private final List<Predicate<ID>> usages = new CopyOnWriteArrayList<>();

    InMemoryClinicRecordRepository(InMemoryTransactionRunner tx, String kind, Function<T, ID> idOf,
                                   ToLongFunction<T> versionOf, BiFunction<T, Long, T> atVersion,
                                   Function<T, String> name) {
        this.kind = kind;
        this.table = new TenantTable<>(tx);
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.atVersion = atVersion;
        this.order = Comparator.comparing(name).thenComparing(r -> idOf.apply(r).toString());
    }

    /** Throws {@link ConflictException} if the record refers to something the current tenant does not have. */
    void checkReferences(T record) {
    }

    /** Registers a test for "another record still uses this one", which makes deleting it a conflict. */
    void addUsage(Predicate<ID> usedBy) {
        usages.add(usedBy);
    }

    TenantTable<ID, T> table() {
        return table;
    }

    @Override
    public Optional<T> find(ID id) {
        return table.find(id);
    }

    @Override
    public Page<T> list(PageRequest request) {
        List<T> all = table.values().sorted(order).toList();
        List<T> items = all.stream().skip(request.offset()).limit(request.size()).toList();
        return new Page<>(items, request.page(), request.size(), all.size());
    }

    @Override
    public void insert(T record) {
        ID id = idOf.apply(record);
        if (table.find(id).isPresent()) {
            throw new ConflictException(kind + " " + id + " already exists");
        }
        checkReferences(record);
        table.put(id, atVersion.apply(record, 0L));
    }

    @Override
    public T update(T record) {
        ID id = idOf.apply(record);
        T stored = current(id, versionOf.applyAsLong(record));
        checkReferences(record);
        T next = atVersion.apply(record, versionOf.applyAsLong(stored) + 1);
        table.put(id, next);
        return next;
    }

    @Override
    public void delete(ID id, long expectedVersion) {
        current(id, expectedVersion);
        if (usages.stream().anyMatch(usedBy -> usedBy.test(id))) {
            throw new ConflictException(kind + " " + id + " is still in use");
        }
        table.remove(id);
    }

    private T current(ID id, long expectedVersion) {
        T stored = table.find(id).orElseThrow(() -> new NotFoundException(kind, id));
        if (versionOf.applyAsLong(stored) != expectedVersion) {
            throw new VersionConflictException(kind, id);
        }
        return stored;
    }
}
