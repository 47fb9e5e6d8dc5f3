package com.laca.adapter.persistence.payment;

import com.laca.adapter.persistence.support.Columns;
import com.laca.domain.payment.PaymentDeadLetter;
import com.laca.domain.payment.PaymentEventId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A row of {@code payment_dead_letters}, a platform table: failed events are kept before any tenant is known. */
@Entity
@Table(name = "payment_dead_letters")
class PaymentDeadLetterJpaEntity {

    @Id
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "event_type")
    private String type;
    @Column(name = "payload")
    private String payload;
    @Column(name = "error")
    private String error;
    @Column(name = "attempts")
    private int attempts;
    @Column(name = "first_failed_at")
    private OffsetDateTime firstFailedAt;
    @Column(name = "last_failed_at")
    private OffsetDateTime lastFailedAt;
    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    protected PaymentDeadLetterJpaEntity() {
    }

    PaymentDeadLetterJpaEntity(PaymentEventId event, String type, String payload, String error, Instant at) {
        this.eventId = event.value();
        this.type = type;
        this.payload = payload;
        this.error = error;
        this.attempts = 1;
        this.firstFailedAt = Columns.timestamp(at);
        this.lastFailedAt = firstFailedAt;
    }

    void failedAgain(String error, Instant at) {
        this.error = error;
        this.attempts++;
        this.lastFailedAt = Columns.timestamp(at);
        this.resolvedAt = null;
    }

    void resolve(Instant at) {
        if (resolvedAt == null) {
            resolvedAt = Columns.timestamp(at);
        }
    }

    PaymentDeadLetter toDomain() {
        return new PaymentDeadLetter(PaymentEventId.of(eventId), type, payload, error, attempts,
                Columns.instant(firstFailedAt), Columns.instant(lastFailedAt),
                Optional.ofNullable(Columns.instant(resolvedAt)));
    }
}
