package com.laca.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Throttling sign-in attempts")
class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    private static final LoginThrottlePolicy POLICY = new LoginThrottlePolicy(3, Duration.ofMinutes(15),
            Duration.ofMinutes(10));

    private static LoginThrottle attempts(int times, Duration apart) {
        LoginThrottle throttle = LoginThrottle.fresh("account:x", T0);
        for (int i = 0; i < times; i++) {
            throttle = throttle.afterAttempt(T0.plus(apart.multipliedBy(i)), POLICY);
        }
        return throttle;
    }

    @Test
    @DisplayName("Below the limit, attempts are counted but sign-in stays open")
    void underLimit() {
        LoginThrottle throttle = attempts(2, Duration.ofSeconds(1));
        assertThat(throttle.failures()).isEqualTo(2);
        assertThat(throttle.lockedAt(T0.plusSeconds(2))).isEmpty();
    }

    @Test
    @DisplayName("The attempt that reaches the limit locks the next ones out for the lockout period, then it opens")
    void reachingTheLimitLocks() {
        LoginThrottle throttle = attempts(3, Duration.ofSeconds(1));
        assertThat(throttle.lockedAt(T0.plusSeconds(3))).contains(T0.plusSeconds(2).plus(Duration.ofMinutes(10)));
        assertThat(throttle.lockedAt(T0.plus(Duration.ofMinutes(11)))).isEmpty();
    }

    @Test
    @DisplayName("So a limit of three lets exactly three guesses through, never a fourth")
    void exactlyTheLimitGetsThrough() {
        LoginThrottle throttle = LoginThrottle.fresh("account:x", T0);
        int admitted = 0;
        for (int i = 0; i < 10; i++) {
            if (throttle.lockedAt(T0).isEmpty()) {
                admitted++;
                throttle = throttle.afterAttempt(T0, POLICY);
            }
        }
        assertThat(admitted).isEqualTo(3);
    }

    @Test
    @DisplayName("Attempts spread wider than the window never lock")
    void slowAttemptsNeverLock() {
        LoginThrottle throttle = attempts(10, Duration.ofMinutes(16));
        assertThat(throttle.failures()).isEqualTo(1);
        assertThat(throttle.lockedUntil()).isNull();
    }

    @Test
    @DisplayName("A successful attempt is taken off the count again, and opens a lock it alone had closed")
    void successIsNotAFailure() {
        LoginThrottle twoFailuresThenRight = attempts(3, Duration.ofSeconds(1)).afterSuccess(POLICY);
        assertThat(twoFailuresThenRight.failures()).isEqualTo(2);
        assertThat(twoFailuresThenRight.lockedAt(T0.plusSeconds(3))).isEmpty();

        LoginThrottle fresh = LoginThrottle.fresh("address:y", T0).afterSuccess(POLICY);
        assertThat(fresh.failures()).isZero();
    }
}
