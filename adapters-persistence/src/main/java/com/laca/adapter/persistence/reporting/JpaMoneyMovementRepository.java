package com.laca.adapter.persistence.reporting;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.reporting.port.out.MoneyMovementRepository;
import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.reporting.MoneyMovement;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.Money;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Ledger entries joined to their appointments in one JPQL query; both entities are tenant-scoped, so the query only
 * ever sees the current clinic's rows (and row-level security stands behind it on PostgreSQL).
 */
public final class JpaMoneyMovementRepository extends JpaRepositorySupport implements MoneyMovementRepository {

    public JpaMoneyMovementRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public List<MoneyMovement> movements(Instant from, Instant to, Optional<LocationId> location) {
        String jpql = "select e.appointmentId, a.startsAt, e.kind, e.amountMinor, e.currency, e.recordedAt"
                + " from PaymentLedgerEntryJpaEntity e, AppointmentJpaEntity a"
                + " where a.id = e.appointmentId and e.recordedAt < :to"
                + " and (e.recordedAt >= :from or a.startsAt > :from)"
                + (location.isPresent() ? " and a.locationId = :location" : "")
                + " order by e.recordedAt, e.appointmentId, e.position";
        TypedQuery<Object[]> query = tenantEm().createQuery(jpql, Object[].class)
                .setParameter("from", Columns.timestamp(from))
                .setParameter("to", Columns.timestamp(to));
        location.ifPresent(at -> query.setParameter("location", at.toString()));
        return query.getResultList().stream().map(row -> new MoneyMovement(AppointmentId.parse((String) row[0]),
                Columns.instant((OffsetDateTime) row[1]), LedgerEntryKind.valueOf((String) row[2]),
                Money.of((Long) row[3], ((String) row[4]).strip()), Columns.instant((OffsetDateTime) row[5])))
                .toList();
    }
}
