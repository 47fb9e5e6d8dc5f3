package com.laca.adapter.persistence.consent;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.consent.port.out.ConsentDocument;
import com.laca.application.consent.port.out.ConsentRecordRepository;
import com.laca.application.consent.port.out.StoredConsent;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.consent.ConsentId;
import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/**
 * Stores the current tenant's consent records, one per appointment, guarded by a row version that a change reads under a
 * row lock, so two requests changing one consent at once cannot both succeed.
 */
public final class JpaConsentRecordRepository extends JpaRepositorySupport implements ConsentRecordRepository {

    public JpaConsentRecordRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public Optional<StoredConsent> forAppointment(AppointmentId appointment) {
        return tenantEm().createQuery("select c from ConsentJpaEntity c where c.appointmentId = :appointment",
                        ConsentJpaEntity.class)
                .setParameter("appointment", appointment.toString())
                .getResultList().stream().findFirst().map(c -> c.toStored(tenant()));
    }

    @Override
    public Optional<StoredConsent> find(ConsentId id) {
        return Optional.ofNullable(tenantEm().find(ConsentJpaEntity.class, id.toString()))
                .map(c -> c.toStored(tenant()));
    }

    @Override
    public List<ConsentRecord> ofClient(ClientId client) {
        return tenantEm().createQuery("select c from ConsentJpaEntity c where c.clientId = :client",
                        ConsentJpaEntity.class)
                .setParameter("client", client.toString())
                .getResultList().stream().map(c -> c.toStored(tenant()).record()).toList();
    }

    @Override
    public void insert(AppointmentId appointment, ConsentRecord record) {
        EntityManager em = tenantEm();
        if (forAppointment(appointment).isPresent()) {
            throw new ConflictException("the appointment already has a consent record");
        }
        em.persist(new ConsentJpaEntity(appointment, record));
        flush(em, "consent", record.id(), "the appointment already has a consent record");
    }

    @Override
    public void update(ConsentRecord record, long expectedVersion) {
        EntityManager em = tenantEm();
        ConsentJpaEntity entity = em.find(ConsentJpaEntity.class, record.id().toString());
        if (entity == null) {
            throw new NotFoundException("consent", record.id());
        }
        // the row as committed, locked until this transaction ends: a change committed meanwhile by another request
        // shows as a new row version here instead of being silently overwritten (the update names no version)
        em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        if (entity.rowVersion() != expectedVersion) {
            throw new VersionConflictException("consent", record.id());
        }
        entity.copyFrom(record);
        flush(em, "consent", record.id(), "the consent was changed meanwhile");
    }

    @Override
    public void recordDocument(ConsentId id, ConsentDocument document) {
        EntityManager em = tenantEm();
        ConsentJpaEntity entity = em.find(ConsentJpaEntity.class, id.toString());
        if (entity == null) {
            throw new NotFoundException("consent", id);
        }
        em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        entity.document(document);
        flush(em, "consent", id, "the consent was changed meanwhile");
    }
}
