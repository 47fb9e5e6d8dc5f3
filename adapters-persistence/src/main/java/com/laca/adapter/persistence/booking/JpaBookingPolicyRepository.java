package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.booking.port.out.BookingPolicyRepository;
import com.laca.domain.booking.BookingPolicy;
import jakarta.persistence.EntityManager;

/** Stores each tenant's booking policy as the one row of {@code booking_policies} it may have. */
public final class JpaBookingPolicyRepository extends JpaRepositorySupport implements BookingPolicyRepository {

    public JpaBookingPolicyRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public BookingPolicy get() {
        BookingPolicyJpaEntity entity = tenantEm().find(BookingPolicyJpaEntity.class, tenant().toString());
        return entity == null ? BookingPolicy.DEFAULT : entity.toDomain();
    }

    @Override
    public void put(BookingPolicy policy) {
        EntityManager em = tenantEm();
        String id = tenant().toString();
        BookingPolicyJpaEntity entity = em.find(BookingPolicyJpaEntity.class, id);
        if (entity == null) {
            entity = new BookingPolicyJpaEntity(id);
            entity.copyFrom(policy);
            em.persist(entity);
        } else {
            entity.copyFrom(policy);
        }
        flush(em, "booking policy", id, "the booking policy was changed meanwhile");
    }
}
