package com.laca.adapter.persistence.payment;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.adapter.persistence.support.PersistenceErrors;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.domain.payment.LedgerEntry;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores ledgers in {@code payment_ledgers} and their entries in {@code payment_ledger_entries}; locking a ledger is
 * {@code select ... for update} on its one {@code payment_ledgers} row, which serialises every change of its money.
 */
public final class JpaPaymentLedgerRepository extends JpaRepositorySupport implements PaymentLedgerRepository {

    private static final String KIND = "payment ledger";
    /** Opens a ledger unless it exists; two concurrent first payments cannot fail each other on the key. */
    private static final String POSTGRESQL_OPEN = """
            insert into payment_ledgers (tenant_id, appointment_id, price_minor, currency) values (?1, ?2, ?3, ?4)
            on conflict (tenant_id, appointment_id) do nothing""";
    private static final String H2_OPEN = """
            insert into payment_ledgers (tenant_id, appointment_id, price_minor, currency)
            select ?1, ?2, ?3, ?4 from dual where not exists
            (select 1 from payment_ledgers where tenant_id = ?1 and appointment_id = ?2)""";

    private final String open;

    public JpaPaymentLedgerRepository(JpaPersistence persistence, CurrentEntityManager current) {
        super(current);
        this.open = Objects.requireNonNull(persistence, "persistence").isPostgreSql() ? POSTGRESQL_OPEN : H2_OPEN;
    }

    @Override
    public LockedLedger lockOrOpen(AppointmentId appointment, Money price) {
        EntityManager em = tenantEm();
        try {
            em.createNativeQuery(open)
                    .setParameter(1, tenant().toString())
                    .setParameter(2, appointment.toString())
                    .setParameter(3, price.minorUnits())
                    .setParameter(4, price.currency())
                    .executeUpdate();
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(e, KIND, appointment, "the payment ledger could not be opened");
        }
        return lock(appointment).orElseThrow(() -> new IllegalStateException("ledger vanished after opening"));
    }

    @Override
    public Optional<LockedLedger> lock(AppointmentId appointment) {
        return load(appointment, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<LockedLedger> find(AppointmentId appointment) {
        return load(appointment, LockModeType.NONE);
    }

    /** Two queries whatever the number of appointments: the headers, then every entry, each with {@code in}. */
    @Override
    public Map<AppointmentId, LockedLedger> findAll(Collection<AppointmentId> appointments) {
        if (appointments.isEmpty()) {
            return Map.of();
        }
        EntityManager em = tenantEm();
        List<String> ids = appointments.stream().map(AppointmentId::toString).distinct().toList();
        List<PaymentLedgerJpaEntity> headers = em.createQuery("select l from PaymentLedgerJpaEntity l "
                        + "where l.appointmentId in :ids", PaymentLedgerJpaEntity.class)
                .setParameter("ids", ids).getResultList();
        if (headers.isEmpty()) {
            return Map.of();
        }
        Map<String, List<LedgerEntry>> entries = new HashMap<>();
        em.createQuery("select e from PaymentLedgerEntryJpaEntity e where e.appointmentId in :ids "
                        + "order by e.appointmentId, e.position", PaymentLedgerEntryJpaEntity.class)
                .setParameter("ids", headers.stream().map(PaymentLedgerJpaEntity::appointmentId).toList())
                .getResultStream().forEach(e -> entries.computeIfAbsent(e.appointmentId(), k -> new ArrayList<>())
                        .add(e.toDomain()));
        Map<AppointmentId, LockedLedger> found = new LinkedHashMap<>();
        for (PaymentLedgerJpaEntity header : headers) {
            AppointmentId id = AppointmentId.parse(header.appointmentId());
            Money price = header.price();
            found.put(id, new LockedLedger(PaymentLedger.reload(id, price.currency(),
                    entries.getOrDefault(header.appointmentId(), List.of())), price));
        }
        return found;
    }

    @Override
    public void append(AppointmentId appointment, LedgerEntry entry) {
        EntityManager em = tenantEm();
        long position = em.createQuery("select count(e) from PaymentLedgerEntryJpaEntity e "
                        + "where e.appointmentId = :appointment", Long.class)
                .setParameter("appointment", appointment.toString())
                .getSingleResult();
        em.persist(new PaymentLedgerEntryJpaEntity(appointment, Math.toIntExact(position), entry));
        flush(em, "ledger entry", entry.id(), "the ledger entry is already recorded");
    }

    private Optional<LockedLedger> load(AppointmentId appointment, LockModeType lock) {
        EntityManager em = tenantEm();
        PaymentLedgerJpaEntity header = em.find(PaymentLedgerJpaEntity.class, appointment.toString(), lock);
        if (header == null) {
            return Optional.empty();
        }
        List<LedgerEntry> entries = em.createQuery("select e from PaymentLedgerEntryJpaEntity e "
                        + "where e.appointmentId = :appointment order by e.position", PaymentLedgerEntryJpaEntity.class)
                .setParameter("appointment", appointment.toString())
                .getResultStream().map(PaymentLedgerEntryJpaEntity::toDomain).toList();
        Money price = header.price();
        return Optional.of(new LockedLedger(PaymentLedger.reload(appointment, price.currency(), entries), price));
    }
}
