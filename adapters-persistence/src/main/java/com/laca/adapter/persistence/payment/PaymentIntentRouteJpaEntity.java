package com.laca.adapter.persistence.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code payment_intent_routes}, a platform table: a webhook names an intent before a tenant is known. */
@Entity
@Table(name = "payment_intent_routes")
class PaymentIntentRouteJpaEntity {

    @Id
    @Column(name = "intent_id")
    private String intentId;
    @Column(name = "owner_tenant_id", length = 36)
    private String tenantId;

    protected PaymentIntentRouteJpaEntity() {
    }

    PaymentIntentRouteJpaEntity(String intentId, String tenantId) {
        this.intentId = intentId;
        this.tenantId = tenantId;
    }

    String tenantId() {
        return tenantId;
    }
}
