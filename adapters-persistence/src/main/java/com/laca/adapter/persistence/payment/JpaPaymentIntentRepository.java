package com.laca.adapter.persistence.payment;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.payment.port.out.PaymentIntentRecord;
import com.laca.application.payment.port.out.PaymentIntentRepository;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.Optional;

/**
 * Stores intents in the tenant-owned {@code payment_intents} and their routes in the platform table
 * {@code payment_intent_routes}, written together; finding an intent locks it, so racing events move it forward only.
 */
public final class JpaPaymentIntentRepository extends JpaRepositorySupport implements PaymentIntentRepository {

    private static final String KIND = "payment intent";

    public JpaPaymentIntentRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void add(PaymentIntentRecord intent) {
        EntityManager em = tenantEm();
        em.persist(new PaymentIntentJpaEntity(intent));
        em.persist(new PaymentIntentRouteJpaEntity(intent.intent().value(), tenant().toString()));
        flush(em, KIND, intent.intent(), "the payment intent is already stored");
    }

    @Override
    public Optional<PaymentIntentRecord> find(PaymentIntentId intent) {
        return Optional.ofNullable(tenantEm().find(PaymentIntentJpaEntity.class, intent.value(),
                LockModeType.PESSIMISTIC_WRITE)).map(PaymentIntentJpaEntity::toDomain);
    }

    @Override
    public Optional<PaymentIntentRecord> findByAppointment(AppointmentId appointment) {
        return tenantEm().createQuery("select i from PaymentIntentJpaEntity i where i.appointmentId = :appointment",
                        PaymentIntentJpaEntity.class)
                .setParameter("appointment", appointment.toString())
                .getResultStream().findFirst().map(PaymentIntentJpaEntity::toDomain);
    }

    @Override
    public void update(PaymentIntentRecord intent) {
        EntityManager em = tenantEm();
        PaymentIntentJpaEntity stored = em.find(PaymentIntentJpaEntity.class, intent.intent().value());
        if (stored == null) {
            throw new IllegalStateException("payment intent " + intent.intent() + " is not stored");
        }
        stored.copyFrom(intent);
        flush(em, KIND, intent.intent(), "the payment intent could not be updated");
    }

    @Override
    public Optional<TenantId> tenantOf(PaymentIntentId intent) {
        return Optional.ofNullable(platformEm().find(PaymentIntentRouteJpaEntity.class, intent.value()))
                .map(route -> TenantId.parse(route.tenantId()));
    }
}
