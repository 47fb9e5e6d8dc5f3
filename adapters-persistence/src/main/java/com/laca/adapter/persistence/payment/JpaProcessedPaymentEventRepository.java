package com.laca.adapter.persistence.payment;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.payment.port.out.ProcessedPaymentEventRepository;
import com.laca.domain.payment.PaymentEventId;
import jakarta.persistence.EntityManager;

import java.time.Instant;

/**
 * Stores applied event ids in the platform table {@code processed_payment_events}; the insert is flushed at once, so
 * a concurrent duplicate blocks on the primary key until the first transaction ends and then fails.
 */
public final class JpaProcessedPaymentEventRepository extends JpaRepositorySupport
        implements ProcessedPaymentEventRepository {

    public JpaProcessedPaymentEventRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public boolean isProcessed(PaymentEventId event) {
        return platformEm().find(ProcessedPaymentEventJpaEntity.class, event.value()) != null;
    }

    @Override
    public void markProcessed(PaymentEventId event, String type, Instant at) {
        EntityManager em = platformEm();
        em.persist(new ProcessedPaymentEventJpaEntity(event.value(), type, Columns.timestamp(at)));
        flush(em, "payment event", event, "the payment event was already processed");
    }
}
