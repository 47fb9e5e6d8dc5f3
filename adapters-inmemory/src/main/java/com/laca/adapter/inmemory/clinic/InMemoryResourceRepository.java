package com.laca.adapter.inmemory.clinic;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.domain.clinic.Resource;
import com.laca.domain.shared.ResourceId;

/** Keeps rooms and devices in memory, each at one of the tenant's own locations. */
public final class InMemoryResourceRepository extends InMemoryClinicRecordRepository<Resource, ResourceId>
        implements ResourceRepository {

    private final InMemoryLocationRepository locations;

    public InMemoryResourceRepository(InMemoryTransactionRunner tx, InMemoryLocationRepository locations) {
        super(tx, "resource", Resource::id, Resource::version,
                (r, v) -> new Resource(r.id(), r.locationId(), r.name(), r.type(), r.active(), v), Resource::name);
        this.locations = locations;
        locations.addUsage(location -> table().values().anyMatch(r -> r.locationId().equals(location)));
    }

    @Override
    void checkReferences(Resource resource) {
        locations.requireExists(resource.locationId());
    }
}
