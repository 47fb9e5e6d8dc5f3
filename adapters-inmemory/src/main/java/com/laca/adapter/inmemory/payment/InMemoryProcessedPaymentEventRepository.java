package com.laca.adapter.inmemory.payment;

import com.laca.adapter.inmemory.shared.InMemoryTable;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.payment.port.out.ProcessedPaymentEventRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.payment.PaymentEventId;

import java.time.Instant;

/** Processed event ids; rolled back with the transaction that recorded them, as in the database. */
public final class InMemoryProcessedPaymentEventRepository implements ProcessedPaymentEventRepository {

    private final InMemoryTable<PaymentEventId, String> rows;

    InMemoryProcessedPaymentEventRepository(InMemoryTransactionRunner tx) {
        this.rows = tx.newTable();
    }

    @Override
    public boolean isProcessed(PaymentEventId event) {
        return rows.get(event).isPresent();
    }

    @Override
    public void markProcessed(PaymentEventId event, String type, Instant at) {
        if (rows.get(event).isPresent()) {
            throw new ConflictException("event already processed");
        }
        rows.put(event, type);
    }
}
