package com.laca.application.inmemory;

import com.laca.application.port.in.common.ConflictException;
import com.laca.application.port.in.payment.PaymentEventId;
import com.laca.application.port.out.ProcessedPaymentEventRepository;

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
