package com.laca.adapter.persistence.payment;

import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code payment_ledgers}: one per appointment with money, the row that is locked to serialise refunds. */
@Entity
@Table(name = "payment_ledgers")
class PaymentLedgerJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "appointment_id", length = 36)
    private String appointmentId;
    @Column(name = "price_minor")
    private long priceMinor;
    @Column(name = "currency")
    private String currency;

    protected PaymentLedgerJpaEntity() {
    }

    String appointmentId() {
        return appointmentId;
    }

    Money price() {
        return Money.of(priceMinor, currency);
    }
}
