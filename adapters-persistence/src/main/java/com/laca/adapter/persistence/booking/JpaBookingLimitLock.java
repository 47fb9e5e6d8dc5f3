package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.adapter.persistence.support.PersistenceErrors;
import com.laca.application.booking.port.out.BookingLimitLock;
import com.laca.domain.booking.ClientIdentity;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * On PostgreSQL, transaction-scoped advisory locks on exactly what the limits count: a stable 64-bit hash of the
 * tenant and the client's identity, and one of the tenant and the origin key, taken in ascending order so that two
 * bookings sharing both never wait for each other in a circle; bookings of other clients from other addresses go on
 * in parallel. H2 has no advisory locks, so there every public booking of the tenant locks the tenant's own row of
 * {@code tenants} (a row every tenant has, so the first bookings of a new clinic cannot race to create one).
 */
public final class JpaBookingLimitLock extends JpaRepositorySupport implements BookingLimitLock {

    private static final String ADVISORY = "select pg_advisory_xact_lock(?1)";
    private static final String H2 = "select id from tenants where id = ?1 for update";

    private final boolean postgreSql;

    public JpaBookingLimitLock(JpaPersistence persistence, CurrentEntityManager current) {
        super(current);
        this.postgreSql = Objects.requireNonNull(persistence, "persistence").isPostgreSql();
    }

    /** Native SQL, allowed per query as EclipseLink's guard for multitenant entities asks; the keys name the tenant. */
    @Override
    public void lock(Optional<ClientIdentity> client, Optional<String> originKey) {
        if (client.isEmpty() && originKey.isEmpty()) {
            return;
        }
        String tenant = tenant().toString();
        try {
            if (postgreSql) {
                for (long key : keys(tenant, client, originKey)) {
                    tenantEm().createNativeQuery(ADVISORY).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, HintValues.TRUE)
                            .setParameter(1, key).getResultList();
                }
            } else if (tenantEm().createNativeQuery(H2).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, HintValues.TRUE)
                    .setParameter(1, tenant).getResultList().isEmpty()) {
                throw new IllegalStateException("tenant " + tenant + " does not exist");
            }
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(e, "booking limit lock", tenant,
                    "the booking limit lock could not be taken; please try again");
        }
    }

    /** The advisory lock keys, ascending and without repeats: the order every booking takes them in. */
    private static SortedSet<Long> keys(String tenant, Optional<ClientIdentity> client, Optional<String> originKey) {
        SortedSet<Long> keys = new TreeSet<>();
        client.ifPresent(identity -> keys.add(hash("booking limit client\n" + tenant + "\n" + identity.email().value()
                + "\n" + identity.dateOfBirth() + "\n" + identity.surnameKey())));
        originKey.ifPresent(origin -> keys.add(hash("booking limit origin\n" + tenant + "\n" + origin)));
        return keys;
    }

    /** The first 64 bits of the text's SHA-256: stable across instances and restarts; a collision only adds waiting. */
    private static long hash(String text) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
