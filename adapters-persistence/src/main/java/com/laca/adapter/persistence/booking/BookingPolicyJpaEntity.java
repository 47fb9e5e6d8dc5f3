package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.booking.BookingPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row of {@code booking_policies} a tenant may have; its id repeats the tenant id. */
@Entity
@Table(name = "booking_policies")
class BookingPolicyJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "free_cancellation_minutes")
    private int freeCancellationMinutes;
    @Column(name = "hold_minutes")
    private int holdMinutes;
    @Version
    @Column(name = "version")
    private long version;

    protected BookingPolicyJpaEntity() {
    }

    BookingPolicyJpaEntity(String tenantId) {
        id = tenantId;
    }

    void copyFrom(BookingPolicy policy) {
        freeCancellationMinutes = Columns.minutes(policy.freeCancellationWindow());
        holdMinutes = Columns.minutes(policy.holdDuration());
    }

    BookingPolicy toDomain() {
        return new BookingPolicy(Columns.duration(freeCancellationMinutes), Columns.duration(holdMinutes));
    }
}
