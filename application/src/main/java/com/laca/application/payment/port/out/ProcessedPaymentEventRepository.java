package com.laca.application.payment.port.out;

import com.laca.domain.payment.PaymentEventId;

import java.time.Instant;

/**
 * The ids of the processor's events already applied, in a platform table keyed by event id, written in the same
 * transaction as the event's effect so a duplicate delivery can never apply twice.
 */
public interface ProcessedPaymentEventRepository {

    /** True if the event was applied before. */
    boolean isProcessed(PaymentEventId event);

    /**
     * Records the event as applied; a concurrent transaction recording the same id waits for this one and then fails.
     *
     * @throws com.laca.application.shared.ConflictException if the id is already recorded
     */
    void markProcessed(PaymentEventId event, String type, Instant at);
}
