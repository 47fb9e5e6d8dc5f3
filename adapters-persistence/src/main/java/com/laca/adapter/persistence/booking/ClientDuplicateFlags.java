package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.Columns;
import com.laca.domain.shared.ClientId;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code client_possible_duplicates} for one client, shared by the booking side (which raises flags) and
 * the client records (which show and clear them), so the table has one mapping.
 */
public final class ClientDuplicateFlags {

    private ClientDuplicateFlags() {
    }

    /** The clients {@code client} is flagged as a possible duplicate of, oldest flag first. */
    public static List<ClientId> of(EntityManager tenantEm, ClientId client) {
        return tenantEm.createQuery("select d.duplicateOf from ClientPossibleDuplicateJpaEntity d"
                        + " where d.clientId = :client order by d.flaggedAt, d.duplicateOf", String.class)
                .setParameter("client", client.toString())
                .getResultList().stream().map(ClientId::parse).toList();
    }

    /**
     * The flags of each of {@code clients} (an empty list for a client with none), oldest flag first, read in one
     * query so a page of search results costs one look-up rather than one a client.
     */
    public static Map<ClientId, List<ClientId>> ofEach(EntityManager tenantEm, Collection<ClientId> clients) {
        Map<ClientId, List<ClientId>> flags = new HashMap<>();
        clients.forEach(client -> flags.put(client, new ArrayList<>()));
        if (!clients.isEmpty()) {
            tenantEm.createQuery("select d.clientId, d.duplicateOf from ClientPossibleDuplicateJpaEntity d"
                            + " where d.clientId in :clients order by d.flaggedAt, d.duplicateOf", Object[].class)
                    .setParameter("clients", clients.stream().map(ClientId::toString).toList())
                    .getResultList().forEach(row -> flags.get(ClientId.parse((String) row[0]))
                            .add(ClientId.parse((String) row[1])));
        }
        return flags;
    }

    /** Adds the flags not yet there, dated {@code at}. */
    public static void add(EntityManager tenantEm, ClientId client, Collection<ClientId> others, Instant at) {
        List<ClientId> already = of(tenantEm, client);
        others.stream().distinct().filter(other -> !other.equals(client) && !already.contains(other))
                .forEach(other -> tenantEm.persist(new ClientPossibleDuplicateJpaEntity(client.toString(),
                        other.toString(), Columns.timestamp(at))));
    }

    /** Makes the client's flags exactly {@code flags}: removed ones deleted, new ones added dated {@code at}. */
    public static void replace(EntityManager tenantEm, ClientId client, Collection<ClientId> flags, Instant at) {
        List<String> keep = flags.stream().map(ClientId::toString).toList();
        tenantEm.createQuery("select d from ClientPossibleDuplicateJpaEntity d where d.clientId = :client",
                        ClientPossibleDuplicateJpaEntity.class)
                .setParameter("client", client.toString())
                .getResultList().stream().filter(d -> !keep.contains(d.duplicateOf())).forEach(tenantEm::remove);
        add(tenantEm, client, flags, at);
    }
}
