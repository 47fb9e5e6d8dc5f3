package com.laca.adapter.inmemory.tenancy;

import com.laca.adapter.inmemory.shared.InMemoryTable;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.VersionConflictException;
import com.laca.application.tenancy.port.out.BrandingRepository;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Branding;
import java.util.Map;
import java.util.Optional;

/** Keeps each clinic's branding in memory, with one clinic per custom domain. */
public final class InMemoryBrandingRepository implements BrandingRepository {

    private final InMemoryTable<TenantId, Branding> table;

    public InMemoryBrandingRepository(InMemoryTransactionRunner tx) {
        this.table = tx.newTable();
    }

    @Override
    public Optional<Branding> find(TenantId tenant) {
        return table.get(tenant);
    }

    @Override
    public Optional<TenantId> findTenantByDomain(String domain) {
        return table.entries().map(Map.Entry::getValue)
                .filter(b -> b.domain().filter(domain::equals).isPresent())
                .map(Branding::tenant).findFirst();
    }

    @Override
    public Branding put(Branding branding) {
        long stored = table.get(branding.tenant()).map(Branding::version).orElse(0L);
        if (stored != branding.version()) {
            throw new VersionConflictException("branding", branding.tenant());
        }
        branding.domain().flatMap(this::findTenantByDomain).filter(other -> !other.equals(branding.tenant()))
                .ifPresent(other -> {
                    throw new ConflictException("the domain " + branding.customDomain() + " is taken");
                });
        Branding next = branding.atVersion(stored + 1);
        table.put(branding.tenant(), next);
        return next;
    }
}
