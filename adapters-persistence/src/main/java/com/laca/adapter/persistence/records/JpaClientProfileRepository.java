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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Client profiles in {@code clients} and their history in {@code client_changes}. Search is a conjunction of range
 * conditions on stored keys (a name word in {@code client_name_words}, e-mail, phone digits, date of birth): a prefix
 * {@code p} is {@code >= p and < p + U+FFFF}, never {@code LIKE}, which PostgreSQL cannot answer from an index under
 * row-level security (see {@link ClientNameWords}); the keys are byte-ordered ("C") on PostgreSQL (V11_4_1). A search
 * with name words is answered from the index of the name words (one word) or of their pairs (several, V40), whose rows
 * carry the client's status and names; one by e-mail or phone, on PostgreSQL, from its key's b-tree (V41).
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
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> keys = keyConditions(query, parameters);
        return query.nameWords().isEmpty() ? searchClients(keys, includeArchived, parameters, page)
                : searchNameWords(query.nameWords(), keys, includeArchived, parameters, page);
    }

    /**
     * E-mail, phone and date of birth alone: their b-trees on {@code clients} find the rows; on PostgreSQL the e-mail
     * and phone b-trees also hold the status and names (V41), so the count and the page's ids read no row.
     */
    private Page<ClientProfile> searchClients(List<String> keys, boolean includeArchived,
                                              Map<String, Object> parameters, PageRequest page) {
        String where = " from ClientProfileJpaEntity c where "
                + (includeArchived ? "c.status <> 'MERGED'" : "c.status = 'ACTIVE'")
                + keys.stream().map(key -> " and " + key).collect(Collectors.joining());
        return pageByIds("select count(c.id)" + where,
                "select c.id, c.lastName, c.firstName" + where + " order by c.lastName, c.firstName, c.id",
                parameters, page);
    }

    /**
     * With name words, the count and the page's ids come from an index whose rows carry the client's status and names
     * (V34): one typed word is a range of {@code client_name_words}; two or more are a range of
     * {@code client_name_word_pairs} for two of them (V40), so "em sm" scans the pairs of both prefixes, not every "em"
     * word; a further word and the other keys are semi-joins, and only the page's clients are read from
     * {@code clients}. The longest typed word is the pair's second word, whose whole prefix bounds the index range
     * (only the first word's initial does), and the next longest the first.
     */
    private Page<ClientProfile> searchNameWords(List<String> typed, List<String> keys, boolean includeArchived,
                                                Map<String, Object> parameters, PageRequest page) {
        boolean pairs = typed.size() > 1;
        List<String> words = new ArrayList<>(typed);
        if (pairs) {
            words.sort(Comparator.comparingInt(String::length).reversed());
            Collections.swap(words, 0, 1);
        }
        String from = pairs ? " from ClientNameWordPairJpaEntity w" : " from ClientNameWordJpaEntity w";
        StringBuilder where = new StringBuilder(pairs
                ? " where w.firstInitial = :initial and w.firstWord >= :w0 and w.firstWord < :wEnd0"
                        + " and w.secondWord >= :w1 and w.secondWord < :wEnd1 and "
                : " where w.word >= :w0 and w.word < :wEnd0 and ")
                .append(includeArchived ? "w.clientStatus <> 'MERGED'" : "w.clientStatus = 'ACTIVE'");
        if (pairs) {
            parameters.put("initial", ClientNameWords.initial(words.get(0)));
        }
        for (int i = 0; i < words.size(); i++) {
            if (i > (pairs ? 1 : 0)) {
                where.append(" and w.clientId in (select v%1$d.clientId from ClientNameWordJpaEntity v%1$d"
                        .formatted(i)).append(" where v%1$d.word >= :w%1$d and v%1$d.word < :wEnd%1$d)".formatted(i));
            }
            parameters.put("w" + i, words.get(i));
            parameters.put("wEnd" + i, ClientNameWords.upperBound(words.get(i)));
        }
        if (!keys.isEmpty()) {
            where.append(" and w.clientId in (select c.id from ClientProfileJpaEntity c where ")
                    .append(String.join(" and ", keys)).append(')');
        }
        return pageByIds("select count(distinct w.clientId)" + from + where,
                "select distinct w.clientId, w.lastName, w.firstName" + from + where
                        + " order by w.lastName, w.firstName, w.clientId", parameters, page);
    }

    /**
     * One page of a search: the page's ids (each row an id, last name and first name, in page order) and, when the
     * page does not show it, the count come from the search's index; only the page's clients are then read.
     */
    private Page<ClientProfile> pageByIds(String countJpql, String idsJpql, Map<String, Object> parameters,
                                          PageRequest page) {
        EntityManager em = tenantEm();
        TypedQuery<Long> count = em.createQuery(countJpql, Long.class);
        TypedQuery<Object[]> ids = em.createQuery(idsJpql, Object[].class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            ids.setParameter(name, value);
        });
        List<String> pageIds = ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(row -> (String) row[0]).toList();
        long total = total(page, pageIds.size(), count);
        Map<String, ClientProfileJpaEntity> rows = new HashMap<>();
        if (!pageIds.isEmpty()) {
            em.createQuery("select c from ClientProfileJpaEntity c where c.id in :ids", ClientProfileJpaEntity.class)
                    .setParameter("ids", pageIds).getResultList().forEach(row -> rows.put(row.id(), row));
        }
        return new Page<>(toDomain(em, pageIds.stream().map(rows::get).filter(Objects::nonNull).toList()),
                page.page(), page.size(), total);
    }

    /**
     * The number of matches: a page neither full nor past the end already shows it (the usual search, narrowed until
     * it fits one page), so only a full or empty page runs the count query.
     */
    private static long total(PageRequest page, int found, TypedQuery<Long> count) {
        boolean endShown = found > 0 && found < page.size() || found == 0 && page.offset() == 0;
        return endShown ? page.offset() + found : count.getSingleResult();
    }

    /** The conditions on {@code clients} (alias {@code c}) for the e-mail, phone and date-of-birth criteria given. */
    private static List<String> keyConditions(ClientSearchQuery query, Map<String, Object> parameters) {
        List<String> keys = new ArrayList<>();
        query.emailPrefix().ifPresent(prefix -> {
            keys.add("c.email >= :email and c.email < :emailEnd");
            parameters.put("email", prefix);
            parameters.put("emailEnd", ClientNameWords.upperBound(prefix));
        });
        query.phonePrefix().ifPresent(prefix -> {
            keys.add("c.phoneDigits >= :phone and c.phoneDigits < :phoneEnd");
            parameters.put("phone", prefix);
            parameters.put("phoneEnd", ClientNameWords.upperBound(prefix));
        });
        query.dateOfBirth().ifPresent(range -> {
            keys.add("c.dateOfBirth between :bornFrom and :bornTo");
            parameters.put("bornFrom", range.first());
            parameters.put("bornTo", range.last());
        });
        return keys;
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
        ClientNameWords.insert(em, profile.id(), nameWordsOwner(profile));
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
        ClientNameWords.replace(em, profile.id(), nameWordsOwner(profile));
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

    /** The page's profiles in order, with their possible-duplicate flags read in one query. */
    private List<ClientProfile> toDomain(EntityManager em, List<ClientProfileJpaEntity> entities) {
        TenantId tenant = tenant();
        Map<ClientId, List<ClientId>> flags = ClientDuplicateFlags.ofEach(em,
                entities.stream().map(entity -> ClientId.parse(entity.id())).toList());
        return entities.stream().map(entity -> entity.toDomain(tenant, flags.get(ClientId.parse(entity.id()))))
                .toList();
    }

    private static ClientNameWords.Owner nameWordsOwner(ClientProfile profile) {
        return new ClientNameWords.Owner(profile.firstName(), profile.lastName(), profile.status().name());
    }
}
