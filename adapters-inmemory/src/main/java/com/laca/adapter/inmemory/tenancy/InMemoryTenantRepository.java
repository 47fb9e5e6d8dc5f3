package com.laca.adapter.inmemory.tenancy;

import com.laca.adapter.inmemory.shared.InMemoryTable;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.VersionConflictException;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps tenants in memory, visible from platform and tenant transactions alike, with unique slugs. */
public final class InMemoryTenantRepository implements TenantRepository {

    private final InMemoryTable<TenantId, Tenant> table;

    public InMemoryTenantRepository(InMemoryTransactionRunner tx) {
        this.table = tx.newTable();
    }

    @Override
    public Optional<Tenant> findBySlug(TenantSlug slug) {
        return table.entries().map(Map.Entry::getValue).filter(t -> t.slug().equals(slug)).findFirst();
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return table.get(id);
    }

    @Override
    public Page<Tenant> list(PageRequest request) {
        List<Tenant> all = table.entries().map(Map.Entry::getValue)
                .sorted(Comparator.comparing(t -> t.slug().value())).toList();
        return new Page<>(all.stream().skip(request.offset()).limit(request.size()).toList(), request.page(),
                request.size(), all.size());
    }

    @Override
    public void insert(Tenant tenant) {
        if (table.get(tenant.id()).isPresent() || findBySlug(tenant.slug()).isPresent()) {
            throw new ConflictException("the slug " + tenant.slug() + " is taken");
        }
        table.put(tenant.id(), atVersion(tenant, 0));
    }

    @Override
    public Tenant update(Tenant tenant) {
        Tenant stored = table.get(tenant.id()).orElseThrow(() -> new NotFoundException("tenant", tenant.id()));
        if (stored.version() != tenant.version()) {
            throw new VersionConflictException("tenant", tenant.id());
        }
        if (findBySlug(tenant.slug()).filter(other -> !other.id().equals(tenant.id())).isPresent()) {
            throw new ConflictException("the slug " + tenant.slug() + " is taken");
        }
        Tenant next = atVersion(tenant, stored.version() + 1);
        table.put(tenant.id(), next);
        return next;
    }

    private static Tenant atVersion(Tenant t, long version) {
        return new Tenant(t.id(), t.slug(), t.name(), t.zone(), t.currency(), t.status(), version);
    }
}
