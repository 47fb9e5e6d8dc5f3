package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.shared.PractitionerId;

/** Stores the current tenant's practitioners in {@code practitioners}. */
public final class JpaPractitionerRepository
        extends JpaClinicRecordRepository<Practitioner, PractitionerId, PractitionerJpaEntity>
        implements PractitionerRepository {

    public JpaPractitionerRepository(CurrentEntityManager current) {
        super(current, PractitionerJpaEntity.class, PractitionerJpaEntity::new, "practitioner", "displayName",
                Practitioner::id, Practitioner::version, PractitionerId::value);
    }
}
