package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.booking.port.out.ClientIdentityTakenException;
import com.laca.application.booking.port.out.ClientRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.booking.Client;
import com.laca.domain.booking.ClientIdentity;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.TenantId;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Stores the current tenant's clients in {@code clients}, unique by identity (e-mail, date of birth, surname key)
 * within the tenant, and the identity rule's flags in {@code client_possible_duplicates}.
 */
public final class JpaClientRepository extends JpaRepositorySupport implements ClientRepository {

    public JpaClientRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public Optional<Client> findByIdentity(ClientIdentity identity) {
        TenantId tenant = tenant();
        return tenantEm().createQuery("select c from ClientJpaEntity c where c.email = :email"
                        + " and c.dateOfBirth = :dateOfBirth and c.surnameKey = :surnameKey", ClientJpaEntity.class)
                .setParameter("email", identity.email().value())
                .setParameter("dateOfBirth", identity.dateOfBirth())
                .setParameter("surnameKey", identity.surnameKey())
                .getResultList().stream().findFirst().map(c -> current(c).toDomain(tenant));
    }

    /** The client itself, or for a client merged into another, the one it was merged into (at most a few hops). */
    private ClientJpaEntity current(ClientJpaEntity client) {
        ClientJpaEntity found = client;
        for (int hop = 0; hop < 10 && found.mergedInto().isPresent(); hop++) {
            ClientJpaEntity next = tenantEm().find(ClientJpaEntity.class, found.mergedInto().get());
            if (next == null) {
                break;
            }
            found = next;
        }
        return found;
    }

    @Override
    public Optional<Client> findByEmail(EmailAddress email) {
        TenantId tenant = tenant();
        return tenantEm().createQuery("select c from ClientJpaEntity c where c.email = :email order by c.id",
                        ClientJpaEntity.class)
                .setParameter("email", email.value())
                .setMaxResults(1)
                .getResultList().stream().findFirst().map(c -> c.toDomain(tenant));
    }

    @Override
    public List<Client> findSharingContact(EmailAddress email, PhoneNumber phone) {
        TenantId tenant = tenant();
        List<ClientJpaEntity> sameEmail = tenantEm().createQuery("select c from ClientJpaEntity c"
                        + " where c.email = :email order by c.id", ClientJpaEntity.class)
                .setParameter("email", email.value())
                .getResultList();
        List<ClientJpaEntity> samePhoneOnly = tenantEm().createQuery("select c from ClientJpaEntity c"
                        + " where c.phone = :phone and c.email <> :email order by c.id", ClientJpaEntity.class)
                .setParameter("phone", phone.value())
                .setParameter("email", email.value())
                .setMaxResults(SHARED_PHONE_LIMIT)
                .getResultList();
        return Stream.concat(sameEmail.stream(), samePhoneOnly.stream()).map(c -> c.toDomain(tenant)).toList();
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
        try {
            flush(em, "client", client.id(), "a client with these details already exists");
        } catch (ConflictException e) {
            // ids are random, so the only key a new client can collide on is its identity
            throw new ClientIdentityTakenException();
        }
        ClientNameWords.insert(em, client.id(), new ClientNameWords.Owner(client.firstName(), client.lastName(),
                ClientNameWords.Owner.NEW_CLIENT_STATUS));
        flush(em, "client", client.id(), "the client's name could not be stored");
    }

    @Override
    public void flagPossibleDuplicates(ClientId client, Collection<ClientId> others, Instant at) {
        EntityManager em = tenantEm();
        ClientDuplicateFlags.add(em, client, others, at);
        flush(em, "client", client, "a possible duplicate cannot be flagged for a client that does not exist");
    }

    @Override
    public List<ClientId> possibleDuplicatesOf(ClientId client) {
        return ClientDuplicateFlags.of(tenantEm(), client);
    }
}
