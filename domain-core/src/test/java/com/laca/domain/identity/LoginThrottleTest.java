package com.laca.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Throttling failed sign-ins")
class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    private static final LoginThrottlePolicy POLICY = new LoginThrottlePolicy(3, Duration.ofMinutes(15),
            Duration.ofMinutes(10));

    private static LoginThrottle failTimes(int times, Duration apart) {
        LoginThrottle throttle = LoginThrottle.fresh("account:x", T0);
        for (int i = 0; i < times; i++) {
            throttle = throttle.afterFailure(T0.plus(apart.multipliedBy(i)), POLICY);
        }
        return throttle;
    }

    @Test
    @DisplayName("Up to the limit, failures are counted but sign-in stays open")
    void underLimit() {
        LoginThrottle throttle = failTimes(3, Duration.ofSeconds(1));
        assertThat(throttle.failures()).isEqualTo(3);
        assertThat(throttle.lockedAt(T0.plusSeconds(3))).isEmpty();
    }

    @Test
    @DisplayName("One failure over the limit locks sign-in for the lockout period, then it opens again")
    void overLimitLocks() {
        LoginThrottle throttle = failTimes(4, Duration.ofSeconds(1));
        assertThat(throttle.lockedAt(T0.plusSeconds(4))).contains(T0.plusSeconds(3).plus(Duration.ofMinutes(10)));
        assertThat(throttle.lockedAt(T0.plus(Duration.ofMinutes(11)))).isEmpty();
    }

    @Test
    @DisplayName("Failures spread wider than the window never lock")
    void slowFailuresNeverLock() {
        LoginThrottle throttle = failTimes(10, Duration.ofMinutes(16));
        assertThat(throttle.failures()).isEqualTo(1);
        assertThat(throttle.lockedUntil()).isNull();
    }
}
