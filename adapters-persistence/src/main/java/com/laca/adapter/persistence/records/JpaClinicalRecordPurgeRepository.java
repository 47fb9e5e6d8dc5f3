package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.consent.port.out.DocumentKey;
import com.laca.application.records.port.out.ClinicalRecordPurgeRepository;
import com.laca.application.records.port.out.PurgedRecord;
import com.laca.domain.records.ClinicalPurgeStep;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.RecordPart;
import com.laca.domain.shared.ClientId;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Purges clinical records with bulk JPQL deletes over the clinical tables of the records, safety and consent areas
 * (entities are named, not imported, so no other package's entity leaves its package), and keeps the job's log in
 * {@code clinical_purges}. On PostgreSQL it first declares the transaction a purge, which the delete policies of
 * V33_1_1 (and of V37_1, for the prescribing evidence) require; they also refuse any row of a client under a standing
 * legal hold.
 */
public final class JpaClinicalRecordPurgeRepository extends JpaRepositorySupport
        implements ClinicalRecordPurgeRepository {

    private static final String DECLARE_PURGE = "select set_config('app.clinical_purge', 'on', true)";
    private static final String LOCK_CLIENT =
            "select merged_into from clients where tenant_id = ?1 and id = ?2 for ";
    private static final List<String> CLINICAL_NOTE_KINDS = List.of(NoteKind.CLINICAL.name(), NoteKind.ALERT.name());
    /** Each clinical entity with the moment its entries count from, as the erasure answer dates them. */
    private static final Map<String, String> DATED_ENTRIES = Map.of(
            "TreatmentRecordJpaEntity", "signedAt",
            "ClinicalPhotoJpaEntity", "uploadedAt",
            "ScreeningJpaEntity", "confirmedAt",
            "ConsentJpaEntity", "informationGivenAt",
            "StaffNoteJpaEntity", "writtenAt",
            "ConsultationJpaEntity", "completedAt",
            "PrescriptionJpaEntity", "issuedAt",
            "DoctorsDirectionJpaEntity", "recordedAt",
            "IdCheckJpaEntity", "checkedAt");
    /** The prescribing evidence, prescriptions before the consultations they rest on. */
    private static final List<String> PRESCRIBING_EVIDENCE = List.of("PrescriptionJpaEntity", "ConsultationJpaEntity",
            "DoctorsDirectionJpaEntity", "IdCheckJpaEntity");

    private final boolean postgreSql;

    public JpaClinicalRecordPurgeRepository(JpaPersistence persistence, CurrentEntityManager current) {
        super(current);
        this.postgreSql = Objects.requireNonNull(persistence, "persistence").isPostgreSql();
    }

    @Override
    public List<ClientId> untouchedSince(Instant cutoff) {
        Set<String> old = new TreeSet<>();
        Set<String> recent = new HashSet<>();
        DATED_ENTRIES.forEach((entity, at) -> {
            old.addAll(clientsOf(entity, at, "<", cutoff));
            recent.addAll(clientsOf(entity, at, ">=", cutoff));
        });
        old.removeAll(recent);
        return old.stream().map(ClientId::parse).toList();
    }

    private List<String> clientsOf(String entity, String at, String comparison, Instant cutoff) {
        String notes = entity.equals("StaffNoteJpaEntity") ? " and e.kind in :kinds" : "";
        var query = tenantEm().createQuery("select distinct e.clientId from " + entity + " e where e." + at + " "
                + comparison + " :cutoff" + notes, String.class);
        if (!notes.isEmpty()) {
            query.setParameter("kinds", CLINICAL_NOTE_KINDS);
        }
        return query.setParameter("cutoff", Columns.timestamp(cutoff)).getResultList();
    }

    /**
     * On PostgreSQL {@code FOR NO KEY UPDATE}, as {@code ClinicRowLocks} locks a location: it excludes another
     * purge's or a legal hold's lock on the row as {@code FOR UPDATE} would, but not the key-share lock with which
     * PostgreSQL checks a new booking's or note's foreign key to the client, so the client's bookings never wait for
     * the purge. H2 keeps {@code FOR UPDATE}. The merge is read from the row in the same statement, never from the
     * persistence context, which may still hold the client as this transaction read it before the lock.
     */
    @Override
    public Optional<ClientId> lock(ClientId client) {
        List<?> mergedInto = tenantEm().createNativeQuery(LOCK_CLIENT + (postgreSql ? "no key update" : "update"))
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, HintValues.TRUE)
                .setParameter(1, tenant().toString()).setParameter(2, client.toString()).getResultList();
        return mergedInto.stream().filter(Objects::nonNull).findFirst().map(id -> ClientId.parse((String) id));
    }

    /**
     * Children before parents: products, corrections before what they correct, decisions before screenings,
     * prescriptions before consultations.
     */
    @Override
    public PurgedRecord purge(Collection<ClientId> clients) {
        EntityManager em = tenantEm();
        if (postgreSql) {
            em.createNativeQuery(DECLARE_PURGE).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, HintValues.TRUE)
                    .getResultList();
        }
        List<String> ids = clients.stream().map(ClientId::toString).distinct().toList();
        List<DocumentKey> documents = new ArrayList<>();
        Map<RecordPart, Integer> entries = new EnumMap<>(RecordPart.class);
        List<String> records = em.createQuery(
                "select r.id from TreatmentRecordJpaEntity r where r.clientId in :clients", String.class)
                .setParameter("clients", ids).getResultList();
        if (!records.isEmpty()) {
            em.createQuery("delete from TreatmentProductJpaEntity p where p.recordId in :records")
                    .setParameter("records", records).executeUpdate();
        }
        entries.put(RecordPart.TREATMENT_RECORDS,
                ChainDeletes.leavesFirst(em, "TreatmentRecordJpaEntity", "correctsId", ids, ""));
        entries.put(RecordPart.PHOTOS, deleteWithDocuments(em, "ClinicalPhotoJpaEntity", ids, documents));
        em.createQuery("delete from PrescriberDecisionJpaEntity d where d.clientId in :clients")
                .setParameter("clients", ids).executeUpdate();
        entries.put(RecordPart.SCREENINGS, delete(em, "ScreeningJpaEntity", ids));
        entries.put(RecordPart.CONSENTS, deleteWithDocuments(em, "ConsentJpaEntity", ids, documents));
        int prescribing = 0;
        for (String entity : PRESCRIBING_EVIDENCE) {
            prescribing += delete(em, entity, ids);
        }
        entries.put(RecordPart.PRESCRIBING_EVIDENCE, prescribing);
        for (String kind : CLINICAL_NOTE_KINDS) {
            RecordPart part = NoteKind.valueOf(kind).recordPart();
            entries.put(part, ChainDeletes.leavesFirst(em, "StaffNoteJpaEntity", "amendsId", ids,
                    " and e.kind = '" + kind + "'"));
        }
        return new PurgedRecord(entries, documents);
    }

    /**
     * Deletes the clients' rows of an entity that points at a stored document by the ids just read, and adds the
     * documents of exactly those rows to {@code documents}: a row another transaction adds meanwhile is neither deleted
     * nor answered, and a row the database refuses to delete fails the purge instead of leaving a row without its file.
     */
    private int deleteWithDocuments(EntityManager em, String entity, List<String> clients,
                                    List<DocumentKey> documents) {
        List<Object[]> rows = em.createQuery("select e.id, e.documentKey from " + entity + " e"
                + " where e.clientId in :clients", Object[].class).setParameter("clients", clients).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<String> rowIds = rows.stream().map(row -> (String) row[0]).toList();
        int deleted = em.createQuery("delete from " + entity + " e where e.id in :ids").setParameter("ids", rowIds)
                .executeUpdate();
        if (deleted != rowIds.size()) {
            throw new IllegalStateException(entity + ": " + deleted + " of " + rowIds.size() + " rows deleted");
        }
        rows.stream().map(row -> (String) row[1]).filter(Objects::nonNull)
                .forEach(name -> documents.add(new DocumentKey(tenant(), name)));
        return deleted;
    }

    private static int delete(EntityManager em, String entity, List<String> clients) {
        return em.createQuery("delete from " + entity + " e where e.clientId in :clients")
                .setParameter("clients", clients).executeUpdate();
    }

    @Override
    public void record(ClinicalPurgeStep step) {
        EntityManager em = tenantEm();
        em.persist(new ClinicalPurgeStepJpaEntity(step));
        flush(em, "clinical purge step", step.client(), "this purge step is already recorded");
    }

    @Override
    public List<ClinicalPurgeStep> stepsOf(ClientId client) {
        return tenantEm().createQuery("select s from ClinicalPurgeStepJpaEntity s where s.clientId = :client"
                        + " order by s.doneAt, s.id", ClinicalPurgeStepJpaEntity.class)
                .setParameter("client", client.toString()).getResultList().stream()
                .map(ClinicalPurgeStepJpaEntity::toDomain).toList();
    }
}
