package com.laca.adapter.persistence.payment;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.payment.port.out.PaymentDeadLetterRepository;
import com.laca.domain.payment.PaymentDeadLetter;
import com.laca.domain.payment.PaymentEventId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores failed events in the platform table {@code payment_dead_letters}, one row per event id. */
public final class JpaPaymentDeadLetterRepository extends JpaRepositorySupport
        implements PaymentDeadLetterRepository {

    private static final String KIND = "dead letter";

    public JpaPaymentDeadLetterRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void recordFailure(PaymentEventId event, String type, String payload, String error, Instant at) {
        EntityManager em = platformEm();
        PaymentDeadLetterJpaEntity stored = em.find(PaymentDeadLetterJpaEntity.class, event.value(),
                LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            em.persist(new PaymentDeadLetterJpaEntity(event, type, payload, error, at));
        } else {
            stored.failedAgain(error, at);
        }
        flush(em, KIND, event, "the dead letter was recorded concurrently; the event will be delivered again");
    }

    @Override
    public List<PaymentDeadLetter> list(int limit) {
        return platformEm().createQuery("select d from PaymentDeadLetterJpaEntity d "
                        + "order by case when d.resolvedAt is null then 0 else 1 end, d.lastFailedAt desc",
                        PaymentDeadLetterJpaEntity.class)
                .setMaxResults(limit)
                .getResultStream().map(PaymentDeadLetterJpaEntity::toDomain).toList();
    }

    @Override
    public Optional<PaymentDeadLetter> find(PaymentEventId event) {
        return Optional.ofNullable(platformEm().find(PaymentDeadLetterJpaEntity.class, event.value()))
                .map(PaymentDeadLetterJpaEntity::toDomain);
    }

    @Override
    public void markResolved(PaymentEventId event, Instant at) {
        EntityManager em = platformEm();
        PaymentDeadLetterJpaEntity stored = em.find(PaymentDeadLetterJpaEntity.class, event.value());
        if (stored != null) {
            stored.resolve(at);
            flush(em, KIND, event, "the dead letter could not be resolved");
        }
    }
}
