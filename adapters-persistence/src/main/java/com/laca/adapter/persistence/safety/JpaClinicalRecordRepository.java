package com.laca.adapter.persistence.safety;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.safety.Licence;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.SafetySettings;
import com.laca.domain.safety.Screening;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * Stores the current tenant's prescriber registrations, consultations, screenings, prescriber decisions,
 * prescriptions, ID checks, doctor's directions, licences and safety settings.
 */
public final class JpaClinicalRecordRepository extends JpaRepositorySupport implements ClinicalRecordRepository {

    public JpaClinicalRecordRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void saveRegistration(PractitionerId practitioner, PrescriberRegistration registration) {
        EntityManager em = tenantEm();
        String id = practitioner.toString();
        PrescriberRegistrationJpaEntity entity = em.find(PrescriberRegistrationJpaEntity.class, id);
        if (entity == null) {
            entity = new PrescriberRegistrationJpaEntity(id);
            entity.copyFrom(registration);
            em.persist(entity);
        } else {
            entity.copyFrom(registration);
        }
        flush(em, "prescriber registration", id, "the registration was changed meanwhile");
    }

    @Override
    public Optional<PrescriberRegistration> registrationOf(PractitionerId practitioner) {
        return Optional.ofNullable(tenantEm().find(PrescriberRegistrationJpaEntity.class, practitioner.toString()))
                .map(PrescriberRegistrationJpaEntity::toDomain);
    }

    @Override
    public void insertConsultation(Consultation consultation) {
        EntityManager em = tenantEm();
        em.persist(new ConsultationJpaEntity(consultation));
        flush(em, "consultation", consultation.id().value(), "the consultation is already recorded");
    }

    @Override
    public List<Consultation> consultationsOf(ClientId client) {
        return tenantEm().createQuery("select c from ConsultationJpaEntity c where c.clientId = :client "
                        + "order by c.completedAt", ConsultationJpaEntity.class)
                .setParameter("client", client.toString())
                .getResultList().stream().map(ConsultationJpaEntity::toDomain).toList();
    }

    @Override
    public void insertScreening(Screening screening) {
        EntityManager em = tenantEm();
        em.persist(new ScreeningJpaEntity(screening));
        flush(em, "screening", screening.id().value(), "the screening is already recorded");
    }

    @Override
    public Optional<Screening> screening(ScreeningId id) {
        return Optional.ofNullable(tenantEm().find(ScreeningJpaEntity.class, id.value().toString()))
                .map(ScreeningJpaEntity::toDomain);
    }

    @Override
    public List<Screening> screeningsOf(ClientId client) {
        return tenantEm().createQuery("select s from ScreeningJpaEntity s where s.clientId = :client "
                        + "order by s.answeredAt", ScreeningJpaEntity.class)
                .setParameter("client", client.toString())
                .getResultList().stream().map(ScreeningJpaEntity::toDomain).toList();
    }

    @Override
    public void insertDecision(ClientId client, PrescriberDecision decision) {
        EntityManager em = tenantEm();
        em.persist(new PrescriberDecisionJpaEntity(client, decision));
        flush(em, "prescriber decision", decision.id().value(), "the decision is already recorded");
    }

    @Override
    public List<PrescriberDecision> decisionsOf(ClientId client) {
        return tenantEm().createQuery("select d from PrescriberDecisionJpaEntity d where d.clientId = :client "
                        + "order by d.decidedAt", PrescriberDecisionJpaEntity.class)
                .setParameter("client", client.toString())
                .getResultList().stream().map(PrescriberDecisionJpaEntity::toDomain).toList();
    }

    @Override
    public void insertIdCheck(IdCheck check) {
        EntityManager em = tenantEm();
        em.persist(new IdCheckJpaEntity(check));
        flush(em, "ID check", check.id().value(), "the ID check is already recorded");
    }

    @Override
    public List<IdCheck> idChecksOf(ClientId client) {
        return tenantEm().createQuery("select c from IdCheckJpaEntity c where c.clientId = :client "
                        + "order by c.checkedAt", IdCheckJpaEntity.class)
                .setParameter("client", client.toString())
                .getResultList().stream().map(IdCheckJpaEntity::toDomain).toList();
    }

    @Override
    public void insertDirection(DoctorsDirection direction) {
        EntityManager em = tenantEm();
        DoctorsDirectionJpaEntity entity = new DoctorsDirectionJpaEntity(direction);
        em.persist(entity);
        flush(em, "doctor's direction", entity.id(), "the direction is already recorded");
    }

    @Override
    public List<DoctorsDirection> directionsOf(ClientId client) {
        return tenantEm().createQuery("select d from DoctorsDirectionJpaEntity d where d.clientId = :client "
                        + "order by d.recordedAt", DoctorsDirectionJpaEntity.class)
                .setParameter("client", client.toString())
                .getResultList().stream().map(DoctorsDirectionJpaEntity::toDomain).toList();
    }

    @Override
    public void insertPrescription(Prescription prescription) {
        EntityManager em = tenantEm();
        em.persist(new PrescriptionJpaEntity(prescription));
        flush(em, "prescription", prescription.id().value(), "the prescription is already recorded");
    }

    @Override
    public List<Prescription> prescriptionsOf(ClientId client) {
        List<PrescriptionJpaEntity> rows = tenantEm().createQuery("select p from PrescriptionJpaEntity p "
                        + "where p.clientId = :client order by p.issuedAt", PrescriptionJpaEntity.class)
                .setParameter("client", client.toString())
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Consultation> consultations = consultationsOf(client).stream()
                .collect(Collectors.toMap(c -> c.id().value().toString(), Function.identity()));
        return rows.stream().map(p -> p.toDomain(consultations.get(p.consultationId()))).toList();
    }

    @Override
    public void savePractitionerLicence(PractitionerId practitioner, Licence licence) {
        saveLicence(LicenceJpaEntity.PRACTITIONER, practitioner.toString(), licence);
    }

    @Override
    public Optional<Licence> practitionerLicence(PractitionerId practitioner) {
        return licence(LicenceJpaEntity.PRACTITIONER, practitioner.toString());
    }

    @Override
    public void savePremisesLicence(LocationId location, Licence licence) {
        saveLicence(LicenceJpaEntity.PREMISES, location.toString(), licence);
    }

    @Override
    public Optional<Licence> premisesLicence(LocationId location) {
        return licence(LicenceJpaEntity.PREMISES, location.toString());
    }

    private void saveLicence(String kind, String holder, Licence licence) {
        EntityManager em = tenantEm();
        LicenceJpaEntity entity = em.find(LicenceJpaEntity.class, holder);
        if (entity == null) {
            entity = new LicenceJpaEntity(kind, holder);
            entity.copyFrom(licence);
            em.persist(entity);
        } else {
            entity.copyFrom(licence);
        }
        flush(em, "licence", holder, "the licence was changed meanwhile");
    }

    private Optional<Licence> licence(String kind, String holder) {
        return Optional.ofNullable(tenantEm().find(LicenceJpaEntity.class, holder))
                .filter(entity -> entity.holderKind().equals(kind)).map(LicenceJpaEntity::toDomain);
    }

    @Override
    public long saveSettings(SafetySettings settings, long expectedVersion) {
        EntityManager em = tenantEm();
        String id = tenant().toString();
        SafetySettingsJpaEntity entity = em.find(SafetySettingsJpaEntity.class, id);
        long stored = entity == null ? 0 : entity.version();
        if (stored != expectedVersion) {
            throw new VersionConflictException("safety settings", id);
        }
        if (entity == null) {
            entity = new SafetySettingsJpaEntity(id);
            entity.copyFrom(settings);
            em.persist(entity);
        } else {
            entity.copyFrom(settings);
        }
        flush(em, "safety settings", id, "the settings were changed meanwhile");
        return entity.version();
    }

    @Override
    public Optional<SafetySettings> settings() {
        return Optional.ofNullable(tenantEm().find(SafetySettingsJpaEntity.class, tenant().toString()))
                .map(SafetySettingsJpaEntity::toDomain);
    }

    @Override
    public long settingsVersion() {
        return Optional.ofNullable(tenantEm().find(SafetySettingsJpaEntity.class, tenant().toString()))
                .map(SafetySettingsJpaEntity::version).orElse(0L);
    }
}
