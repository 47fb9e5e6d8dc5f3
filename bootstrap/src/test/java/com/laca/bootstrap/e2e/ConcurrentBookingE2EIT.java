package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("Fifty clients racing for one slot: exactly one gets it")
class ConcurrentBookingE2EIT {

    private static final int CLIENTS = 50;
    private static BookingFixture clinic;

    @BeforeAll
    static void setUp() {
        clinic = BookingFixture.everyDay("race");
    }

    @Test
    @DisplayName("50 concurrent bookings of one slot: one 201, 49 × 409, one appointment on the calendar")
    void oneServer() throws Exception {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.TUESDAY, 3);
        race(day, "10:00", i -> Api.anonymous());
    }

    @Test
    @DisplayName("The same race split across two server instances on one PostgreSQL database: still exactly one")
    void twoServers() throws Exception {
        if (!RunningServer.get().onPostgres()) {
            System.out.println("[laca] SKIPPED two-instance booking race: it needs PostgreSQL (set LACA_TEST_DB_URL)");
        }
        Assumptions.assumeTrue(RunningServer.get().onPostgres(),
                "two server instances need a shared PostgreSQL database (set LACA_TEST_DB_URL)");
        try (RunningServer.Instance second = RunningServer.get().startAnotherInstance()) {
            Api other = new Api(second.base(), null);
            LocalDate day = BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 3);
            race(day, "11:00", i -> i % 2 == 0 ? Api.anonymous() : other);
        }
    }

    private static void race(LocalDate day, String time, Function<Integer, Api> server) throws Exception {
        String start = BookingFixture.at(day, time);
        assertThat(clinic.starts(day, day)).contains(start);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Api api = server.apply(i);
                answers.add(pool.submit(() -> {
                    gate.await();
                    return clinic.book(api, start);
                }));
            }
            gate.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                responses.add(answer.get());
            }
            Map<Integer, Long> byStatus = responses.stream()
                    .collect(Collectors.groupingBy(Api.Response::status, Collectors.counting()));
            assertThat(byStatus).as("statuses; a 5xx body: %s", responses.stream().filter(r -> r.status() >= 500)
                    .findFirst().map(Api.Response::toString).orElse("none"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, (long) CLIENTS - 1));
            assertThat(responses.stream().filter(r -> r.status() == 409))
                    .allSatisfy(r -> {
                        assertThat(r.contentType()).startsWith("application/problem+json");
                        assertThat(r.string("reason")).isIn("PRACTITIONER_BUSY", "RESOURCE_UNAVAILABLE");
                    });
        } finally {
            pool.shutdownNow();
        }
        List<JsonObject> onCalendar = clinic.calendar(day, day).stream()
                .filter(a -> a.getString("start").equals(start)).toList();
        assertThat(onCalendar).hasSize(1);
        assertThat(clinic.starts(day, day)).doesNotContain(start);
    }
}
