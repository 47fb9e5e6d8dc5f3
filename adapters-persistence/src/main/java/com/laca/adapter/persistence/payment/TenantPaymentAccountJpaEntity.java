package com.laca.adapter.persistence.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code tenant_payment_accounts}, a platform table the platform administrator writes. */
@Entity
@Table(name = "tenant_payment_accounts")
class TenantPaymentAccountJpaEntity {

    @Id
    @Column(name = "owner_tenant_id", length = 36)
    private String tenantId;
    @Column(name = "connected_account_id")
    private String accountId;

    protected TenantPaymentAccountJpaEntity() {
    }

    TenantPaymentAccountJpaEntity(String tenantId, String accountId) {
        this.tenantId = tenantId;
        this.accountId = accountId;
    }

    String accountId() {
        return accountId;
    }

    void changeTo(String accountId) {
        this.accountId = accountId;
    }
}
