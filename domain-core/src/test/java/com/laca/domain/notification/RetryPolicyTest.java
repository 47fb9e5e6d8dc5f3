package com.laca.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Failed messages are retried ever further apart, with some randomness, then given up")
class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private final RetryPolicy standard = RetryPolicy.standard();

    @Test
    @DisplayName("The nominal waits double from one minute and stop growing at one hour")
    void nominalWaits() {
        List<Duration> waits = new ArrayList<>();
        for (int failed = 1; failed <= 8; failed++) {
            waits.add(standard.nominalDelayAfter(failed));
        }
        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofMinutes(60),
                Duration.ofMinutes(60));
    }

    @Test
    @DisplayName("With half of each wait random, every wait lies between half the nominal wait and the whole of it")
    void jitterBounds() {
        for (long seed = 0; seed < 200; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int failed = 1; failed < standard.maxAttempts(); failed++) {
                Duration nominal = standard.nominalDelayAfter(failed);
                RetryDecision decision = standard.afterFailure(failed, NOW, random);

                Instant at = ((RetryDecision.RetryAt) decision).at();
                assertThat(at).isBetween(NOW.plus(nominal.dividedBy(2)), NOW.plus(nominal));
            }
        }
    }

    @Test
    @DisplayName("The same seed gives the same waits, and different seeds spread retries apart")
    void seededAndSpread() {
        Instant first = ((RetryDecision.RetryAt) standard.afterFailure(3, NOW, new Random(7))).at();
        Instant again = ((RetryDecision.RetryAt) standard.afterFailure(3, NOW, new Random(7))).at();
        List<Instant> others = new ArrayList<>();
        for (int seed = 0; seed < 20; seed++) {
            others.add(((RetryDecision.RetryAt) standard.afterFailure(3, NOW, new Random(seed))).at());
        }

        assertThat(again).isEqualTo(first);
        assertThat(others.stream().distinct().count()).isGreaterThan(15);
    }

    @Test
    @DisplayName("Without jitter the wait is exactly the nominal wait")
    void noJitter() {
        RetryPolicy exact = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(5), 0);

        assertThat(exact.afterFailure(2, NOW, new Random(1)))
                .isEqualTo(new RetryDecision.RetryAt(NOW.plusSeconds(60)));
    }

    @Test
    @DisplayName("The seventh failure still retries; the eighth, the last attempt allowed, gives up")
    void limit() {
        assertThat(standard.afterFailure(7, NOW, new Random(1))).isInstanceOf(RetryDecision.RetryAt.class);
        assertThat(standard.afterFailure(8, NOW, new Random(1))).isEqualTo(new RetryDecision.GiveUp());
    }

    @Test
    @DisplayName("Even after very many failures the wait never exceeds the longest wait")
    void noOverflow() {
        RetryPolicy many = new RetryPolicy(50, Duration.ofSeconds(1), Duration.ofDays(1), 0);

        assertThat(many.nominalDelayAfter(49)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    @DisplayName("A policy that could never send, or would wait more than a day, is refused")
    void invalid() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofHours(1), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(5, Duration.ofHours(2), Duration.ofHours(1), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofDays(2), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1), 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
