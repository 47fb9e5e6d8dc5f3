package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.booking.port.out.DeskRecordRepository;
import com.laca.domain.booking.AppointmentNote;
import com.laca.domain.booking.CancellationRecord;
import com.laca.domain.shared.AppointmentId;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cancellation records in {@code appointment_cancellations} and notes in {@code appointment_notes}; inserted, never
 * updated (the application role may not, on PostgreSQL).
 */
public final class JpaDeskRecordRepository extends JpaRepositorySupport implements DeskRecordRepository {

    public JpaDeskRecordRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void recordCancellation(CancellationRecord record) {
        EntityManager em = tenantEm();
        em.persist(new AppointmentCancellationJpaEntity(record));
        flush(em, "cancellation of appointment", record.appointment(),
                "the appointment does not exist or its cancellation is already recorded");
    }

    @Override
    public Map<AppointmentId, CancellationRecord> cancellations(Collection<AppointmentId> appointments) {
        if (appointments.isEmpty()) {
            return Map.of();
        }
        return tenantEm().createQuery("select c from AppointmentCancellationJpaEntity c"
                        + " where c.appointmentId in :ids", AppointmentCancellationJpaEntity.class)
                .setParameter("ids", ids(appointments))
                .getResultList().stream().map(AppointmentCancellationJpaEntity::toDomain)
                .collect(Collectors.toMap(CancellationRecord::appointment, Function.identity()));
    }

    @Override
    public void addNote(AppointmentNote note) {
        EntityManager em = tenantEm();
        em.persist(new AppointmentNoteJpaEntity(note));
        flush(em, "note", note.id(), "the note names an appointment that does not exist");
    }

    @Override
    public List<AppointmentNote> notes(Collection<AppointmentId> appointments) {
        if (appointments.isEmpty()) {
            return List.of();
        }
        return tenantEm().createQuery("select n from AppointmentNoteJpaEntity n where n.appointmentId in :ids"
                        + " order by n.writtenAt, n.id", AppointmentNoteJpaEntity.class)
                .setParameter("ids", ids(appointments))
                .getResultList().stream().map(AppointmentNoteJpaEntity::toDomain).toList();
    }

    private static List<String> ids(Collection<AppointmentId> appointments) {
        return appointments.stream().map(AppointmentId::toString).distinct().toList();
    }
}
