package com.laca.adapter.persistence;

import com.laca.application.port.out.LoginThrottleRepository;
import com.laca.domain.identity.LoginThrottle;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores failed-sign-in counters in the platform table {@code login_throttles}; a counter's first row is written with
 * an upsert, so two first failures racing for one key cannot fail a sign-in with a duplicate-key error.
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

    private final String upsert;

    public JpaLoginThrottleRepository(JpaPersistence persistence, CurrentEntityManager current) {
        super(current);
        this.upsert = Objects.requireNonNull(persistence, "persistence").isPostgreSql() ? POSTGRESQL_UPSERT : H2_UPSERT;
    }

    @Override
    public Optional<LoginThrottle> findForUpdate(String key) {
        return Optional.ofNullable(platformEm().find(LoginThrottleJpaEntity.class, key, LockModeType.PESSIMISTIC_WRITE))
                .map(LoginThrottleJpaEntity::toDomain);
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
