package com.laca.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.identity.LoginThrottle;
import com.laca.domain.identity.LoginThrottlePolicy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link LoginThrottleRepository} contract: counters round-trip, and two first failures may race safely. */
public abstract class LoginThrottleRepositoryContract extends PersistenceContract {

    private static final Instant START = Instant.parse("2026-03-01T09:15:30.5Z");

    private Optional<LoginThrottle> find(String key) {
        return ports.tx().asPlatform(() -> ports.loginThrottles().findForUpdate(key));
    }

    @Test
    @DisplayName("a counter is created, updated and deleted")
    void lifecycle() {
        String key = "account:demo:" + UUID.randomUUID();
        assertThat(find(key)).isEmpty();

        LoginThrottle first = new LoginThrottle(key, 1, START, null);
        platform(() -> ports.loginThrottles().save(first));
        assertThat(find(key)).contains(first);

        LoginThrottle locked = new LoginThrottle(key, 6, START, START.plusSeconds(900));
        platform(() -> ports.loginThrottles().save(locked));
        assertThat(find(key)).contains(locked);

        platform(() -> ports.loginThrottles().delete(key));
        assertThat(find(key)).isEmpty();
        platform(() -> ports.loginThrottles().delete(key));
    }

    @Test
    @DisplayName("two first failures for one key at once both succeed and leave one counter")
    void racingFirstFailures() {
        String key = "address:" + UUID.randomUUID();
        CountDownLatch bothRead = new CountDownLatch(2);
        List<CompletableFuture<Void>> failures = List.of(1, 2).stream()
                .map(n -> CompletableFuture.runAsync(() -> platform(() -> {
                    Optional<LoginThrottle> current = ports.loginThrottles().findForUpdate(key);
                    bothRead.countDown();
                    awaitQuietly(bothRead);
                    ports.loginThrottles().save(current.orElseGet(() -> LoginThrottle.fresh(key, START))
                            .afterFailure(START, LoginThrottlePolicy.PER_ADDRESS));
                })))
                .toList();

        failures.forEach(CompletableFuture::join);

        assertThat(find(key)).get().extracting(LoginThrottle::failures).isIn(1, 2);
    }

    /** Waits briefly for the other thread; an adapter that serialises transactions simply lets the wait run out. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(300, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
