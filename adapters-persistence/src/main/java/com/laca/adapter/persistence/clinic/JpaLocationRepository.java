package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.domain.clinic.Location;
import com.laca.domain.shared.LocationId;

/** Stores the current tenant's locations in {@code locations}. */
public final class JpaLocationRepository extends JpaClinicRecordRepository<Location, LocationId, LocationJpaEntity>
        implements LocationRepository {

    public JpaLocationRepository(CurrentEntityManager current) {
        super(current, LocationJpaEntity.class, LocationJpaEntity::new, "location", "name",
                Location::id, Location::version, LocationId::value);
    }
}
