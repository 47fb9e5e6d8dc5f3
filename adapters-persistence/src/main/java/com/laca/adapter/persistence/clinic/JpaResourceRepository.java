package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.domain.clinic.Resource;
import com.laca.domain.shared.ResourceId;

/** Stores the current tenant's resources in {@code resources}. */
public final class JpaResourceRepository extends JpaClinicRecordRepository<Resource, ResourceId, ResourceJpaEntity>
        implements ResourceRepository {

    public JpaResourceRepository(CurrentEntityManager current) {
        super(current, ResourceJpaEntity.class, ResourceJpaEntity::new, "resource", "name",
                Resource::id, Resource::version, ResourceId::value);
    }
}
