package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.domain.records.LotNumber;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.records.TreatmentRecord;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Treatment records in {@code treatment_records}, one row per signed entry plus one row per product for recall
 * searches; inserted, never updated (the application role may not, on PostgreSQL).
 */
public final class JpaTreatmentRecordRepository extends JpaRepositorySupport implements TreatmentRecordRepository {

    public JpaTreatmentRecordRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void add(TreatmentRecord entry, UserId recordedBy) {
        EntityManager em = tenantEm();
        em.persist(new TreatmentRecordJpaEntity(entry, recordedBy));
        flush(em, "treatment record", entry.id(), "this treatment record was signed or corrected at the same time "
                + "by someone else; reload it and try again");
        for (int i = 0; i < entry.details().products().size(); i++) {
            em.persist(new TreatmentProductJpaEntity(entry, i));
        }
        flush(em, "treatment record", entry.id(), "the treatment record's products could not be stored");
    }

    @Override
    public Optional<TreatmentChart> chart(AppointmentId appointment) {
        List<TreatmentRecord> entries = tenantEm().createQuery("select r from TreatmentRecordJpaEntity r"
                        + " where r.appointmentId = :appointment order by r.signedAt, r.id",
                        TreatmentRecordJpaEntity.class)
                .setParameter("appointment", appointment.toString())
                .getResultList().stream().map(TreatmentRecordJpaEntity::toDomain).toList();
        return entries.isEmpty() ? Optional.empty() : Optional.of(chained(entries));
    }

    @Override
    public List<TreatmentChart> chartsOf(Collection<ClientId> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        Map<String, List<TreatmentRecord>> byAppointment = new LinkedHashMap<>();
        tenantEm().createQuery("select r from TreatmentRecordJpaEntity r where r.clientId in :clients"
                        + " order by r.treatedOn desc, r.appointmentId, r.signedAt, r.id", TreatmentRecordJpaEntity.class)
                .setParameter("clients", clients.stream().map(ClientId::toString).distinct().toList())
                .getResultList().forEach(row -> byAppointment.computeIfAbsent(row.appointmentId(),
                        key -> new ArrayList<>()).add(row.toDomain()));
        return byAppointment.values().stream().map(JpaTreatmentRecordRepository::chained).toList();
    }

    @Override
    public List<TreatmentRecord> currentWithLot(LotNumber lot, LocalDate from, LocalDate to) {
        return tenantEm().createQuery("select r from TreatmentRecordJpaEntity r where r.id in ("
                        + "select p.recordId from TreatmentProductJpaEntity p where p.lot = :lot"
                        + " and p.treatedOn >= :from and p.treatedOn <= :to)"
                        + " and not exists (select c.id from TreatmentRecordJpaEntity c where c.correctsId = r.id)"
                        + " order by r.treatedOn, r.id", TreatmentRecordJpaEntity.class)
                .setParameter("lot", lot.value()).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(TreatmentRecordJpaEntity::toDomain).toList();
    }

    /** The entries of one appointment in chain order: the original, then whatever corrects the one before. */
    private static TreatmentChart chained(List<TreatmentRecord> entries) {
        List<TreatmentRecord> chain = new ArrayList<>();
        entries.stream().filter(entry -> !entry.isCorrection()).findFirst().ifPresent(chain::add);
        while (!chain.isEmpty() && chain.size() < entries.size()) {
            TreatmentRecord last = chain.get(chain.size() - 1);
            Optional<TreatmentRecord> next = entries.stream()
                    .filter(entry -> entry.correction().filter(c -> c.corrects().equals(last.id())).isPresent())
                    .findFirst();
            if (next.isEmpty()) {
                break;
            }
            chain.add(next.get());
        }
        return new TreatmentChart(chain);
    }
}
