package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.booking.ClientDuplicateFlags;
import com.laca.adapter.persistence.booking.ClientNameWords;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.booking.port.out.ClientIdentityTakenException;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClientSearchQuery;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Client profiles in {@code clients} and their history in {@code client_changes}. Search is a conjunction of range
 * conditions on stored keys (a name word in {@code client_name_words}, e-mail, phone digits, date of birth): a prefix
 * {@code p} is {@code >= p and < p + U+FFFF}, never {@code LIKE}, which PostgreSQL cannot answer from an index under
 * row-level security (see {@link ClientNameWords}); the keys are byte-ordered ("C") on PostgreSQL (V11_4_1).
 */
public final class JpaClientProfileRepository extends JpaRepositorySupport implements ClientProfileRepository {

    private static final int MAX_MERGE_DEPTH = 10;

    private final Clock clock;

    /** @param clock dates the possible-duplicate flags a merge moves onto the surviving client */
    public JpaClientProfileRepository(CurrentEntityManager current, Clock clock) {
        super(current);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<ClientProfile> find(ClientId client) {
        EntityManager em = tenantEm();
        return Optional.ofNullable(em.find(ClientProfileJpaEntity.class, client.toString()))
                .map(entity -> toDomain(em, entity));
    }

    @Override
    public long version(ClientId client) {
        ClientProfileJpaEntity entity = tenantEm().find(ClientProfileJpaEntity.class, client.toString());
        if (entity == null) {
            throw new NotFoundException("client", client);
        }
        return entity.version();
    }

    @Override
    public List<ClientProfile> mergedInto(ClientId survivor) {
        EntityManager em = tenantEm();
        List<ClientProfile> found = new ArrayList<>();
        List<String> level = List.of(survivor.toString());
        for (int depth = 0; depth < MAX_MERGE_DEPTH && !level.isEmpty(); depth++) {
            List<ClientProfileJpaEntity> absorbed = em.createQuery(
                            "select c from ClientProfileJpaEntity c where c.mergedInto in :ids order by c.id",
                            ClientProfileJpaEntity.class)
                    .setParameter("ids", level).getResultList();
            absorbed.forEach(entity -> found.add(toDomain(em, entity)));
            level = absorbed.stream().map(ClientProfileJpaEntity::id).toList();
        }
        return found;
    }

    @Override
    public Page<ClientProfile> search(ClientSearchQuery query, boolean includeArchived, PageRequest page) {
        EntityManager em = tenantEm();
        StringBuilder where = new StringBuilder(includeArchived ? " where c.status <> 'MERGED'"
                : " where c.status = 'ACTIVE'");
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < query.nameWords().size(); i++) {
            where.append(" and c.id in (select w.clientId from ClientNameWordJpaEntity w where w.word >= :w")
                    .append(i).append(" and w.word < :wEnd").append(i).append(')');
            parameters.put("w" + i, query.nameWords().get(i));
            parameters.put("wEnd" + i, ClientNameWords.upperBound(query.nameWords().get(i)));
        }
        query.emailPrefix().ifPresent(prefix -> {
            where.append(" and c.email >= :email and c.email < :emailEnd");
            parameters.put("email", prefix);
            parameters.put("emailEnd", ClientNameWords.upperBound(prefix));
        });
        query.phonePrefix().ifPresent(prefix -> {
            where.append(" and c.phoneDigits >= :phone and c.phoneDigits < :phoneEnd");
            parameters.put("phone", prefix);
            parameters.put("phoneEnd", ClientNameWords.upperBound(prefix));
        });
        query.dateOfBirth().ifPresent(range -> {
            where.append(" and c.dateOfBirth between :bornFrom and :bornTo");
            parameters.put("bornFrom", range.first());
            parameters.put("bornTo", range.last());
        });
        TypedQuery<Long> count = em.createQuery("select count(c) from ClientProfileJpaEntity c" + where, Long.class);
        TypedQuery<ClientProfileJpaEntity> rows = em.createQuery("select c from ClientProfileJpaEntity c" + where
                + " order by c.lastName, c.firstName, c.id", ClientProfileJpaEntity.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<ClientProfile> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(entity -> toDomain(em, entity)).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public void insert(ClientProfile profile) {
        requireCurrentTenant(profile.tenant());
        EntityManager em = tenantEm();
        em.persist(new ClientProfileJpaEntity(profile));
        try {
            flush(em, "client", profile.id(), "a client with these details already exists");
        } catch (VersionConflictException e) {
            throw e;
        } catch (ConflictException e) {
            throw new ClientIdentityTakenException();
        }
        ClientNameWords.replace(em, profile.id(), ClientNameWords.of(profile.firstName(), profile.lastName()));
        ClientDuplicateFlags.replace(em, profile.id(), profile.possibleDuplicates(), clock.instant());
        flush(em, "client", profile.id(), "a possible duplicate names a client that does not exist");
    }

    @Override
    public void update(ClientProfile profile) {
        requireCurrentTenant(profile.tenant());
        EntityManager em = tenantEm();
        ClientProfileJpaEntity entity = em.find(ClientProfileJpaEntity.class, profile.id().toString());
        if (entity == null) {
            throw new NotFoundException("client", profile.id());
        }
        entity.update(profile);
        try {
            flush(em, "client", profile.id(), "another client already has these details");
        } catch (VersionConflictException e) {
            throw e;
        } catch (ConflictException e) {
            throw new ClientIdentityTakenException();
        }
        ClientNameWords.replace(em, profile.id(), ClientNameWords.of(profile.firstName(), profile.lastName()));
        ClientDuplicateFlags.replace(em, profile.id(), profile.possibleDuplicates(), clock.instant());
        flush(em, "client", profile.id(), "a possible duplicate names a client that does not exist");
    }

    @Override
    public void append(ClientChange change) {
        EntityManager em = tenantEm();
        em.persist(new ClientChangeJpaEntity(change));
        flush(em, "client change", change.client(), "the history entry names a client that does not exist");
    }

    @Override
    public boolean hasHistory(Collection<ClientId> clients) {
        return !clients.isEmpty() && !tenantEm().createQuery("select h.id from ClientChangeJpaEntity h"
                        + " where h.clientId in :clients", String.class)
                .setParameter("clients", clients.stream().map(ClientId::toString).distinct().toList())
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<ClientChange> history(ClientId client) {
        return tenantEm().createQuery("select h from ClientChangeJpaEntity h where h.clientId = :client"
                        + " order by h.changedAt, h.id", ClientChangeJpaEntity.class)
                .setParameter("client", client.toString())
                .getResultList().stream().map(ClientChangeJpaEntity::toDomain).toList();
    }

    private ClientProfile toDomain(EntityManager em, ClientProfileJpaEntity entity) {
        TenantId tenant = tenant();
        return entity.toDomain(tenant, ClientDuplicateFlags.of(em, ClientId.parse(entity.id())));
    }
}
