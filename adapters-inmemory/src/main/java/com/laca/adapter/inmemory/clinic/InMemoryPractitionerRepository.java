package com.laca.adapter.inmemory.clinic;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.shared.PractitionerId;

/** Keeps practitioners in memory; the locations they work at must be the tenant's own. */
public final class InMemoryPractitionerRepository extends InMemoryClinicRecordRepository<Practitioner, PractitionerId>
        implements PractitionerRepository {

    private final InMemoryLocationRepository locations;

    public InMemoryPractitionerRepository(InMemoryTransactionRunner tx, InMemoryLocationRepository locations) {
        super(tx, "practitioner", Practitioner::id, Practitioner::version,
                (p, v) -> new Practitioner(p.id(), p.displayName(), p.qualifications(), p.locationIds(), p.active(), v),
                Practitioner::displayName);
        this.locations = locations;
        locations.addUsage(location -> table().values().anyMatch(p -> p.locationIds().contains(location)));
    }

    @Override
    void checkReferences(Practitioner practitioner) {
        practitioner.locationIds().forEach(locations::requireExists);
    }
}
