package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.booking.AppointmentNote;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code appointment_notes}: one staff-only note on an appointment, written once. */
@Entity
@Table(name = "appointment_notes")
class AppointmentNoteJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "appointment_id")
    private String appointmentId;
    @Column(name = "note_text")
    private String text;
    @Column(name = "author_id")
    private String authorId;
    @Column(name = "written_at")
    private OffsetDateTime writtenAt;

    protected AppointmentNoteJpaEntity() {
    }

    AppointmentNoteJpaEntity(AppointmentNote note) {
        id = note.id().toString();
        appointmentId = note.appointment().toString();
        text = note.text();
        authorId = note.author().toString();
        writtenAt = Columns.timestamp(note.writtenAt());
    }

    AppointmentNote toDomain() {
        return new AppointmentNote(UUID.fromString(id), AppointmentId.parse(appointmentId), text,
                UserId.parse(authorId), Columns.instant(writtenAt));
    }
}
