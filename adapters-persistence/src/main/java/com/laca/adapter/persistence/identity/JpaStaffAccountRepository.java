package com.laca.adapter.persistence.identity;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Stores the current tenant's staff accounts in {@code staff_accounts}; an e-mail is unique within a tenant. */
public final class JpaStaffAccountRepository extends JpaRepositorySupport implements StaffAccountRepository {

    private static final String KIND = "staff account";

    public JpaStaffAccountRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public Optional<StaffAccount> findByEmail(EmailAddress email) {
        return tenantEm().createQuery("select a from StaffAccountJpaEntity a where a.email = :email",
                        StaffAccountJpaEntity.class)
                .setParameter("email", email.value())
                .getResultStream().findFirst().map(a -> a.toDomain(tenant()));
    }

    @Override
    public Optional<StaffAccount> findById(UserId id) {
        return Optional.ofNullable(tenantEm().find(StaffAccountJpaEntity.class, id.toString()))
                .map(a -> a.toDomain(tenant()));
    }

    @Override
    public List<StaffAccount> listAll() {
        return tenantEm().createQuery("select a from StaffAccountJpaEntity a order by a.email",
                        StaffAccountJpaEntity.class)
                .getResultList().stream().map(a -> a.toDomain(tenant())).toList();
    }

    /** SELECT … FOR UPDATE in id order, so two callers lock the rows in the same order and never deadlock. */
    @Override
    public List<StaffAccount> listAllForUpdate() {
        return tenantEm().createQuery("select a from StaffAccountJpaEntity a order by a.id",
                        StaffAccountJpaEntity.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().map(a -> a.toDomain(tenant())).toList();
    }

    @Override
    public void insert(StaffAccount account) {
        requireCurrentTenant(account.tenantId());
        EntityManager em = tenantEm();
        StaffAccountJpaEntity entity = new StaffAccountJpaEntity(account.id());
        entity.copyFrom(account);
        em.persist(entity);
        flush(em, KIND, account.id(), "the e-mail address " + account.email() + " already has an account");
    }

    @Override
    public void update(StaffAccount account) {
        requireCurrentTenant(account.tenantId());
        EntityManager em = tenantEm();
        StaffAccountJpaEntity entity = em.find(StaffAccountJpaEntity.class, account.id().toString());
        if (entity == null) {
            throw new NotFoundException(KIND, account.id());
        }
        entity.copyFrom(account);
        flush(em, KIND, account.id(), "the e-mail address " + account.email() + " already has an account");
    }
}
