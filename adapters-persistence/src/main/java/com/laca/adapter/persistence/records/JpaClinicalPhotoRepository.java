package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.records.port.out.ClinicalPhotoRepository;
import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.PhotoId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Clinical photos' descriptions in {@code clinical_photos}; inserted, never updated. */
public final class JpaClinicalPhotoRepository extends JpaRepositorySupport implements ClinicalPhotoRepository {

    public JpaClinicalPhotoRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void add(ClinicalPhoto photo) {
        EntityManager em = tenantEm();
        em.persist(new ClinicalPhotoJpaEntity(photo));
        flush(em, "photo", photo.id(), "the photo names a client that does not exist");
    }

    @Override
    public Optional<ClinicalPhoto> find(PhotoId photo) {
        return Optional.ofNullable(tenantEm().find(ClinicalPhotoJpaEntity.class, photo.toString()))
                .map(ClinicalPhotoJpaEntity::toDomain);
    }

    @Override
    public List<ClinicalPhoto> ofAppointment(AppointmentId appointment) {
        return tenantEm().createQuery("select p from ClinicalPhotoJpaEntity p where p.appointmentId = :appointment"
                        + " order by p.uploadedAt, p.id", ClinicalPhotoJpaEntity.class)
                .setParameter("appointment", appointment.toString())
                .getResultList().stream().map(ClinicalPhotoJpaEntity::toDomain).toList();
    }

    @Override
    public List<ClinicalPhoto> ofClients(Collection<ClientId> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return tenantEm().createQuery("select p from ClinicalPhotoJpaEntity p where p.clientId in :clients"
                        + " order by p.uploadedAt, p.id", ClinicalPhotoJpaEntity.class)
                .setParameter("clients", clients.stream().map(ClientId::toString).distinct().toList())
                .getResultList().stream().map(ClinicalPhotoJpaEntity::toDomain).toList();
    }
}
