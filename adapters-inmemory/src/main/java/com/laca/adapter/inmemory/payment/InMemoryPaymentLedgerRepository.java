package com.laca.adapter.inmemory.payment;

import com.laca.adapter.inmemory.shared.InMemoryTable;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.domain.payment.LedgerEntry;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** Ledgers per tenant and appointment; the runner's single lock stands in for the database's row lock. */
public final class InMemoryPaymentLedgerRepository implements PaymentLedgerRepository {

    private record Key(TenantId tenant, AppointmentId appointment) {
    }

    private record Row(Money price, List<LedgerEntry> entries) {
    }

    private final InMemoryTransactionRunner tx;
    private final InMemoryTable<Key, Row> rows;

    InMemoryPaymentLedgerRepository(InMemoryTransactionRunner tx) {
        this.tx = tx;
        this.rows = tx.newTable();
    }

    @Override
    public LockedLedger lockOrOpen(AppointmentId appointment, Money price) {
        Key key = new Key(tx.tenant(), appointment);
        if (rows.get(key).isEmpty()) {
            rows.put(key, new Row(price, List.of()));
        }
        return find(appointment).orElseThrow();
    }

    @Override
    public Optional<LockedLedger> lock(AppointmentId appointment) {
        return find(appointment);
    }

    @Override
    public Optional<LockedLedger> find(AppointmentId appointment) {
        return rows.get(new Key(tx.tenant(), appointment)).map(row -> new LockedLedger(
                PaymentLedger.reload(appointment, row.price().currency(), row.entries()), row.price()));
    }

    @Override
    public Map<AppointmentId, LockedLedger> findAll(Collection<AppointmentId> appointments) {
        Map<AppointmentId, LockedLedger> found = new LinkedHashMap<>();
        appointments.forEach(id -> find(id).ifPresent(ledger -> found.put(id, ledger)));
        return found;
    }

    @Override
    public void append(AppointmentId appointment, LedgerEntry entry) {
        Key key = new Key(tx.tenant(), appointment);
        Row row = rows.get(key).orElseThrow(() -> new IllegalStateException("no ledger for " + appointment));
        if (row.entries().stream().anyMatch(stored -> stored.id().equals(entry.id()))) {
            throw new com.laca.application.shared.ConflictException("ledger entry stored twice");
        }
        List<LedgerEntry> entries = new ArrayList<>(row.entries());
        entries.add(entry);
        rows.put(key, new Row(row.price(), List.copyOf(entries)));
    }
}
