package com.laca.adapter.persistence.payment;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.application.payment.port.out.PaymentIntentRecord;
import com.laca.domain.payment.IntentStatus;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A row of {@code payment_intents}; the intent id is unique across tenants as well as within one. */
@Entity
@Table(name = "payment_intents")
class PaymentIntentJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "intent_id")
    private String intentId;
    @Column(name = "appointment_id")
    private String appointmentId;
    @Column(name = "amount_minor")
    private long amountMinor;
    @Column(name = "currency")
    private String currency;
    @Column(name = "status")
    private String status;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected PaymentIntentJpaEntity() {
    }

    PaymentIntentJpaEntity(PaymentIntentRecord intent) {
        this.intentId = intent.intent().value();
        this.appointmentId = intent.appointment().toString();
        this.amountMinor = intent.amount().minorUnits();
        this.currency = intent.amount().currency();
        copyFrom(intent);
    }

    void copyFrom(PaymentIntentRecord intent) {
        status = intent.status().name();
        updatedAt = Columns.timestamp(intent.updatedAt());
    }

    PaymentIntentRecord toDomain() {
        return new PaymentIntentRecord(PaymentIntentId.of(intentId), AppointmentId.parse(appointmentId),
                Money.of(amountMinor, currency), IntentStatus.valueOf(status), Columns.instant(updatedAt));
    }
}
