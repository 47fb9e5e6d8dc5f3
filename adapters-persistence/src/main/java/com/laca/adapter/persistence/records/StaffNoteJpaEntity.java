package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.records.NoteId;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.StaffNote;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A row of {@code client_notes}: one staff note, written once. */
@Entity
@Table(name = "client_notes")
class StaffNoteJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "kind")
    private String kind;
    @Column(name = "note_text")
    private String text;
    @Column(name = "author_id")
    private String authorId;
    @Column(name = "written_at")
    private OffsetDateTime writtenAt;
    @Column(name = "amends_id")
    private String amendsId;

    protected StaffNoteJpaEntity() {
    }

    StaffNoteJpaEntity(StaffNote note) {
        id = note.id().toString();
        clientId = note.client().toString();
        kind = note.kind().name();
        text = note.text();
        authorId = note.author().toString();
        writtenAt = Columns.timestamp(note.writtenAt());
        amendsId = note.amends().map(NoteId::toString).orElse(null);
    }

    StaffNote toDomain() {
        return new StaffNote(NoteId.parse(id), ClientId.parse(clientId), NoteKind.valueOf(kind), text,
                UserId.parse(authorId), Columns.instant(writtenAt), Optional.ofNullable(amendsId).map(NoteId::parse));
    }
}
