package com.laca.adapter.persistence.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A row of {@code processed_payment_events}, a platform table whose primary key makes each event apply once. */
@Entity
@Table(name = "processed_payment_events")
class ProcessedPaymentEventJpaEntity {

    @Id
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "event_type")
    private String type;
    @Column(name = "processed_at")
    private OffsetDateTime processedAt;

    protected ProcessedPaymentEventJpaEntity() {
    }

    ProcessedPaymentEventJpaEntity(String eventId, String type, OffsetDateTime processedAt) {
        this.eventId = eventId;
        this.type = type;
        this.processedAt = processedAt;
    }
}
