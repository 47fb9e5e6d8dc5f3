package com.laca.adapter.persistence.payment;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.payment.port.out.ConnectedAccountRepository;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.shared.TenantId;
import jakarta.persistence.EntityManager;

import java.util.Optional;

/** Stores each tenant's processor account in the platform table {@code tenant_payment_accounts}. */
public final class JpaConnectedAccountRepository extends JpaRepositorySupport implements ConnectedAccountRepository {

    public JpaConnectedAccountRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public Optional<ConnectedAccountId> find(TenantId tenant) {
        return Optional.ofNullable(platformEm().find(TenantPaymentAccountJpaEntity.class, tenant.toString()))
                .map(row -> ConnectedAccountId.of(row.accountId()));
    }

    @Override
    public void save(TenantId tenant, ConnectedAccountId account) {
        EntityManager em = platformEm();
        TenantPaymentAccountJpaEntity stored = em.find(TenantPaymentAccountJpaEntity.class, tenant.toString());
        if (stored == null) {
            em.persist(new TenantPaymentAccountJpaEntity(tenant.toString(), account.value()));
        } else {
            stored.changeTo(account.value());
        }
        flush(em, "connected account", tenant, "the connected account belongs to another tenant");
    }
}
