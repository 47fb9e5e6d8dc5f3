package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.domain.records.NoteId;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.StaffNote;
import com.laca.domain.shared.ClientId;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Staff notes in {@code client_notes}; inserted, never updated, and deleted only when general and erased on request
 * (on PostgreSQL the application role may delete no other kind, V27_1_1).
 */
public final class JpaStaffNoteRepository extends JpaRepositorySupport implements StaffNoteRepository {

    public JpaStaffNoteRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void add(StaffNote note) {
        EntityManager em = tenantEm();
        em.persist(new StaffNoteJpaEntity(note));
        flush(em, "note", note.id(), "the note names a client or note that does not exist");
    }

    @Override
    public Optional<StaffNote> find(NoteId note) {
        return Optional.ofNullable(tenantEm().find(StaffNoteJpaEntity.class, note.toString()))
                .map(StaffNoteJpaEntity::toDomain);
    }

    @Override
    public List<StaffNote> about(Collection<ClientId> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return tenantEm().createQuery("select n from StaffNoteJpaEntity n where n.clientId in :clients"
                        + " order by n.writtenAt, n.id", StaffNoteJpaEntity.class)
                .setParameter("clients", clients.stream().map(ClientId::toString).distinct().toList())
                .getResultList().stream().map(StaffNoteJpaEntity::toDomain).toList();
    }

    /** Latest amendments first, as the retention job deletes clinical notes, since an amendment may be amended. */
    @Override
    public int eraseGeneral(Collection<ClientId> clients) {
        if (clients.isEmpty()) {
            return 0;
        }
        return ChainDeletes.leavesFirst(tenantEm(), "StaffNoteJpaEntity", "amendsId",
                clients.stream().map(ClientId::toString).distinct().toList(),
                " and e.kind = '" + NoteKind.GENERAL.name() + "'");
    }
}
