package com.laca.application.identity.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.shared.PersistenceContract;
import com.laca.domain.identity.LoginThrottle;
import com.laca.domain.identity.LoginThrottlePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link LoginThrottleRepository} contract: counters round-trip, and attempts racing at one key all count. */
public abstract class LoginThrottleRepositoryContract extends PersistenceContract {

    private static final Instant START = Instant.parse("2026-03-01T09:15:30.5Z");
    private static final int RACERS = 30;

    private LoginThrottle lockOrStart(String key) {
        return ports.tx().asPlatform(() -> ports.loginThrottles().lockOrStart(key, START.plusSeconds(1)));
    }

    @Test
    @DisplayName("a new key starts a fresh counter, which is updated and deleted")
    void lifecycle() {
        String key = "account:demo:" + UUID.randomUUID();
        assertThat(lockOrStart(key)).isEqualTo(LoginThrottle.fresh(key, START.plusSeconds(1)));

        LoginThrottle first = new LoginThrottle(key, 1, START, null);
        platform(() -> ports.loginThrottles().save(first));
        assertThat(lockOrStart(key)).isEqualTo(first);

        LoginThrottle locked = new LoginThrottle(key, 5, START, START.plusSeconds(900));
        platform(() -> ports.loginThrottles().save(locked));
        assertThat(lockOrStart(key)).isEqualTo(locked);

        platform(() -> ports.loginThrottles().delete(key));
        assertThat(lockOrStart(key)).isEqualTo(LoginThrottle.fresh(key, START.plusSeconds(1)));
        platform(() -> ports.loginThrottles().delete(key));
        platform(() -> ports.loginThrottles().delete(key));
    }

    @Test
    @DisplayName("thirty attempts racing at one new key are all counted, none lost and none failing")
    void racingAttemptsAllCount() {
        String key = "address:" + UUID.randomUUID();
        LoginThrottlePolicy roomy = new LoginThrottlePolicy(1_000, Duration.ofMinutes(15), Duration.ofMinutes(15));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<CompletableFuture<Void>> attempts = IntStream.range(0, RACERS)
                    .mapToObj(n -> CompletableFuture.runAsync(() -> {
                        awaitStart(start);
                        platform(() -> ports.loginThrottles().save(
                                ports.loginThrottles().lockOrStart(key, START).afterAttempt(START, roomy)));
                    }, pool))
                    .toList();
            start.countDown();
            attempts.forEach(CompletableFuture::join);
        } finally {
            pool.shutdownNow();
        }

        assertThat(lockOrStart(key).failures()).isEqualTo(RACERS);
    }

    private static void awaitStart(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
