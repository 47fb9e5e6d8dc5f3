package com.laca.adapter.persistence.records;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes entries that point at each other (a correction at what it corrects, an amendment at what it amends) leaves
 * first, one level per statement, so no statement ever deletes a row another row still points at: H2 checks a
 * self-referencing key row by row within a statement, where PostgreSQL checks it at the statement's end.
 */
final class ChainDeletes {

    private ChainDeletes() {
    }

    /**
     * Deletes the clients' rows of the entity that match the filter, leaves first.
     *
     * @param pointer the attribute holding the id of the row an entry points at (null where it points at none)
     * @param filter  more JPQL conditions on {@code e}, starting with {@code " and "}, or empty
     * @return how many rows were deleted
     */
    static int leavesFirst(EntityManager em, String entity, String pointer, List<String> clients, String filter) {
        List<Object[]> rows = em.createQuery("select e.id, e." + pointer + " from " + entity + " e"
                + " where e.clientId in :clients" + filter, Object[].class).setParameter("clients", clients)
                .getResultList();
        Map<String, String> pointsAt = new HashMap<>();
        rows.forEach(row -> pointsAt.put((String) row[0], (String) row[1]));
        int deleted = 0;
        while (!pointsAt.isEmpty()) {
            Set<String> referenced = new HashSet<>(pointsAt.values());
            List<String> leaves = pointsAt.keySet().stream().filter(id -> !referenced.contains(id)).toList();
            if (leaves.isEmpty()) {
                throw new IllegalStateException(entity + " entries point at each other in a circle");
            }
            deleted += em.createQuery("delete from " + entity + " e where e.id in :ids").setParameter("ids", leaves)
                    .executeUpdate();
            leaves.forEach(pointsAt::remove);
        }
        return deleted;
    }
}
