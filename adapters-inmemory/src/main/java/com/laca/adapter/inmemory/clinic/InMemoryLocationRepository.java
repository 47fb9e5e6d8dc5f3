package com.laca.adapter.inmemory.clinic;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.clinic.Location;
import com.laca.domain.shared.LocationId;

/** Keeps the clinic's sites in memory; refuses to delete one that a resource or practitioner still uses. */
public final class InMemoryLocationRepository extends InMemoryClinicRecordRepository<Location, LocationId>
        implements LocationRepository {

    public InMemoryLocationRepository(InMemoryTransactionRunner tx) {
        super(tx, "location", Location::id, Location::version,
                (l, v) -> new Location(l.id(), l.name(), l.address(), l.zone(), l.jurisdiction(), l.active(), v),
                Location::name);
    }

    /** What the composite foreign keys do in the database: a reference must name this tenant's own location. */
    void requireExists(LocationId id) {
        if (find(id).isEmpty()) {
            throw new ConflictException("no location " + id + " in this clinic");
        }
    }
}
