package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.booking.port.out.ClientRepository;
import com.laca.domain.booking.Client;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores the current tenant's clients in {@code clients}, unique by e-mail address within the tenant. */
public final class JpaClientRepository extends JpaRepositorySupport implements ClientRepository {

    public JpaClientRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public Optional<Client> findByEmail(EmailAddress email) {
        TenantId tenant = tenant();
        return tenantEm().createQuery("select c from ClientJpaEntity c where c.email = :email", ClientJpaEntity.class)
                .setParameter("email", email.value())
                .getResultList().stream().findFirst().map(c -> c.toDomain(tenant));
    }

    @Override
    public List<Client> findAll(Collection<ClientId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TenantId tenant = tenant();
        return tenantEm().createQuery("select c from ClientJpaEntity c where c.id in :ids", ClientJpaEntity.class)
                .setParameter("ids", ids.stream().map(ClientId::toString).distinct().toList())
                .getResultList().stream().map(c -> c.toDomain(tenant)).toList();
    }

    @Override
    public void insert(Client client) {
        requireCurrentTenant(client.tenant());
        EntityManager em = tenantEm();
        em.persist(new ClientJpaEntity(client));
        flush(em, "client", client.id(), "a client with this e-mail address already exists");
    }
}
