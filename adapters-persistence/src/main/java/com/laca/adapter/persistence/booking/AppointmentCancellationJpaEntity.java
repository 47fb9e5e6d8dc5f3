package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.booking.CancellationReason;
import com.laca.domain.booking.CancellationRecord;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A row of {@code appointment_cancellations}: who cancelled one appointment and why, written once. */
@Entity
@Table(name = "appointment_cancellations")
class AppointmentCancellationJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "appointment_id", length = 36)
    private String appointmentId;
    @Column(name = "reason")
    private String reason;
    @Column(name = "detail")
    private String detail;
    @Column(name = "cancelled_by")
    private String cancelledBy;
    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    protected AppointmentCancellationJpaEntity() {
    }

    AppointmentCancellationJpaEntity(CancellationRecord record) {
        appointmentId = record.appointment().toString();
        reason = record.reason().name();
        detail = record.detail().orElse(null);
        cancelledBy = record.cancelledBy().map(UserId::toString).orElse(null);
        cancelledAt = Columns.timestamp(record.cancelledAt());
    }

    CancellationRecord toDomain() {
        return new CancellationRecord(AppointmentId.parse(appointmentId), CancellationReason.valueOf(reason),
                Optional.ofNullable(detail), Optional.ofNullable(cancelledBy).map(UserId::parse),
                Columns.instant(cancelledAt));
    }
}
