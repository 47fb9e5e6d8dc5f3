package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.shared.TreatmentId;
import java.util.List;

/** Stores the current tenant's treatment menu in {@code treatments}. */
public final class JpaTreatmentRepository extends JpaClinicRecordRepository<Treatment, TreatmentId, TreatmentJpaEntity>
        implements TreatmentRepository {

    public JpaTreatmentRepository(CurrentEntityManager current) {
        super(current, TreatmentJpaEntity.class, TreatmentJpaEntity::new, "treatment", "name",
                Treatment::id, Treatment::version, TreatmentId::value);
    }

    @Override
    public List<Treatment> listActive() {
        return tenantEm().createQuery(
                        "select t from TreatmentJpaEntity t where t.active = true order by t.category, t.name, t.id",
                        TreatmentJpaEntity.class)
                .getResultList().stream().map(TreatmentJpaEntity::toDomain).toList();
    }
}
