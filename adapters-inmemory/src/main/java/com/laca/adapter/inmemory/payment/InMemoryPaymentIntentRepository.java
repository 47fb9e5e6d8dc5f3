package com.laca.adapter.inmemory.payment;

import com.laca.adapter.inmemory.shared.InMemoryTable;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.payment.port.out.PaymentIntentRecord;
import com.laca.application.payment.port.out.PaymentIntentRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.TenantId;

import java.util.Optional;

/** Payment intents with their tenant, the intent id unique across tenants as in the database. */
public final class InMemoryPaymentIntentRepository implements PaymentIntentRepository {

    private record Row(TenantId tenant, PaymentIntentRecord intent) {
    }

    private final InMemoryTransactionRunner tx;
    private final InMemoryTable<PaymentIntentId, Row> rows;

    InMemoryPaymentIntentRepository(InMemoryTransactionRunner tx) {
        this.tx = tx;
        this.rows = tx.newTable();
    }

    @Override
    public void add(PaymentIntentRecord intent) {
        if (rows.get(intent.intent()).isPresent()) {
            throw new ConflictException("payment intent already stored");
        }
        rows.put(intent.intent(), new Row(tx.tenant(), intent));
    }

    @Override
    public Optional<PaymentIntentRecord> find(PaymentIntentId intent) {
        TenantId tenant = tx.tenant();
        return rows.get(intent).filter(row -> row.tenant().equals(tenant)).map(Row::intent);
    }

    @Override
    public Optional<PaymentIntentRecord> findByAppointment(AppointmentId appointment) {
        TenantId tenant = tx.tenant();
        return rows.entries().map(entry -> entry.getValue())
                .filter(row -> row.tenant().equals(tenant) && row.intent().appointment().equals(appointment))
                .map(Row::intent).findFirst();
    }

    @Override
    public void update(PaymentIntentRecord intent) {
        Row row = rows.get(intent.intent()).filter(stored -> stored.tenant().equals(tx.tenant()))
                .orElseThrow(() -> new IllegalStateException("no such intent"));
        rows.put(intent.intent(), new Row(row.tenant(), intent));
    }

    @Override
    public Optional<TenantId> tenantOf(PaymentIntentId intent) {
        return rows.get(intent).map(Row::tenant);
    }
}
