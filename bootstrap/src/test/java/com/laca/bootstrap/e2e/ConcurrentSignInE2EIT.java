package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guesses sent all at once against the running server: the per-account limit (five in 15 minutes) must hold
 * for a burst exactly as for guesses sent one after another. (The test server raises the per-address limit so that
 * the suite's own sign-ins from 127.0.0.1 are never locked out; the address counter takes the same path.)
 */
@ExtendWith(RunningServer.class)
@DisplayName("A burst of parallel sign-ins gets no more guesses than a sequence")
class ConcurrentSignInE2EIT {

    private static final int BURST = 30;

    @Test
    @DisplayName("Thirty wrong passwords for one account at once: five 401s, twenty-five 429s, then even the right "
            + "password waits")
    void burstAtOneAccount() throws Exception {
        NewStaff staff = NewStaff.inDemoClinic(Set.of("FRONTDESK"));

        List<Api.Response> answers = inParallel(BURST,
                i -> Sessions.login(Sessions.DEMO, staff.email(), "wrong-password-" + i));

        assertThat(answers.stream().collect(Collectors.groupingBy(Api.Response::status, Collectors.counting())))
                .as("statuses").containsExactlyInAnyOrderEntriesOf(Map.of(401, 5L, 429, (long) BURST - 5));
        assertThat(answers).filteredOn(a -> a.status() == 429)
                .allSatisfy(a -> assertThat(a.header("Retry-After")).isPresent());
        assertThat(staff.login().status()).isEqualTo(429);
    }

    /** Sends the requests on as many threads, all released at once. */
    private static List<Api.Response> inParallel(int count, Function<Integer, Api.Response> request)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.apply(n);
                }));
            }
            start.countDown();
            List<Api.Response> answers = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                answers.add(future.get(2, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
