package com.laca.adapter.persistence.identity;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.adapter.persistence.support.PersistenceErrors;
import com.laca.application.identity.port.out.LoginThrottleRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.identity.LoginThrottle;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;

/**
 * Stores sign-in attempt counters in the platform table {@code login_throttles}; a key's row is created before it is
 * locked, by a statement that tolerates a racing creator, so every attempt at a key queues on that one row lock and
 * none is lost or fails with a duplicate key.
 */
public final class JpaLoginThrottleRepository extends JpaRepositorySupport implements LoginThrottleRepository {

    private static final String KIND = "login throttle";
    private static final String POSTGRESQL_UPSERT = """
            insert into login_throttles (throttle_key, failures, window_start, locked_until)
            values (?1, ?2, ?3, cast(?4 as timestamp with time zone))
            on conflict (throttle_key) do update set failures = excluded.failures,
                window_start = excluded.window_start, locked_until = excluded.locked_until""";
    private static final String H2_UPSERT = """
            merge into login_throttles (throttle_key, failures, window_start, locked_until) key (throttle_key)
            values (?1, ?2, ?3, cast(?4 as timestamp with time zone))""";

    private static final String POSTGRESQL_INSERT_IF_ABSENT = """
            insert into login_throttles (throttle_key, failures, window_start, locked_until) values (?, 0, ?, null)
            on conflict (throttle_key) do nothing""";
    /** H2 has no {@code on conflict}: a racing creator makes this fail with a duplicate key, which is then ignored. */
    private static final String H2_INSERT_IF_ABSENT = """
            insert into login_throttles (throttle_key, failures, window_start, locked_until)
            select cast(? as varchar(400)), 0, ?, null
            where not exists (select 1 from login_throttles where throttle_key = ?)""";
    private static final String DUPLICATE_KEY = "23505";
    /** A row deleted by a successful sign-in between creating and locking it is simply created again, this often. */
    private static final int LOCK_ATTEMPTS = 3;

    private final boolean postgreSql;
    private final String upsert;

    public JpaLoginThrottleRepository(JpaPersistence persistence, CurrentEntityManager current) {
        super(current);
        this.postgreSql = Objects.requireNonNull(persistence, "persistence").isPostgreSql();
        this.upsert = postgreSql ? POSTGRESQL_UPSERT : H2_UPSERT;
    }

    @Override
    public LoginThrottle lockOrStart(String key, Instant now) {
        EntityManager em = platformEm();
        try {
            for (int attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
                insertIfAbsent(em.unwrap(Connection.class), key, now);
                LoginThrottleJpaEntity row = em.find(LoginThrottleJpaEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
                if (row != null) {
                    return row.toDomain();
                }
            }
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(e, KIND, key, "the login throttle could not be locked");
        }
        throw new ConflictException("the sign-in counter is busy with another change; please try again");
    }

    /**
     * Runs on the transaction's own connection, outside EclipseLink, because EclipseLink would doom the transaction
     * for H2's duplicate key, which here only means that a racing attempt created the row first.
     */
    private void insertIfAbsent(Connection connection, String key, Instant now) {
        try (PreparedStatement insert = connection.prepareStatement(
                postgreSql ? POSTGRESQL_INSERT_IF_ABSENT : H2_INSERT_IF_ABSENT)) {
            insert.setString(1, key);
            insert.setObject(2, Columns.timestamp(now));
            if (!postgreSql) {
                insert.setString(3, key);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw new PersistenceException("the login throttle could not be created", e);
            }
        }
    }

    @Override
    public void save(LoginThrottle throttle) {
        EntityManager em = platformEm();
        LoginThrottleJpaEntity stored = em.find(LoginThrottleJpaEntity.class, throttle.key());
        if (stored != null) {
            stored.copyFrom(throttle);
            flush(em, KIND, throttle.key(), "the login throttle could not be saved");
            return;
        }
        try {
            em.createNativeQuery(upsert)
                    .setParameter(1, throttle.key())
                    .setParameter(2, throttle.failures())
                    .setParameter(3, Columns.timestamp(throttle.windowStart()))
                    .setParameter(4, Columns.timestamp(throttle.lockedUntil()))
                    .executeUpdate();
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(e, KIND, throttle.key(), "the login throttle could not be saved");
        }
    }

    @Override
    public void delete(String key) {
        platformEm().createQuery("delete from LoginThrottleJpaEntity t where t.key = :key")
                .setParameter("key", key)
                .executeUpdate();
    }
}
