package com.laca.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecentValuesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T20:00:00Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("an answer read while a change on this instance forgot the key is given to its caller but not kept: "
            + "the next question reads the changed answer")
    void answerReadAcrossAChangeIsNotKept() {
        Deque<String> stored = new ArrayDeque<>(List.of("active", "suspended"));
        AtomicReference<RecentValues<String, String>> cache = new AtomicReference<>();
        cache.set(new RecentValues<>(key -> {
            String read = stored.pop();
            if (read.equals("active")) {
                cache.get().forget(key); // the suspension commits and forgets while this read is in flight
            }
            return read;
        }, CLOCK, Duration.ofSeconds(5)));

        assertThat(cache.get().get("demo-clinic")).isEqualTo("active");
        assertThat(cache.get().get("demo-clinic")).isEqualTo("suspended");
    }

    @Test
    @DisplayName("an answer is kept for the maximum age and read afresh once forgotten")
    void keptUntilForgotten() {
        Deque<String> stored = new ArrayDeque<>(List.of("active", "suspended"));
        RecentValues<String, String> cache = new RecentValues<>(key -> stored.pop(), CLOCK, Duration.ofSeconds(5));

        assertThat(cache.get("demo-clinic")).isEqualTo("active");
        assertThat(cache.get("demo-clinic")).isEqualTo("active");
        cache.forgetAll();
        assertThat(cache.get("demo-clinic")).isEqualTo("suspended");
    }
}
