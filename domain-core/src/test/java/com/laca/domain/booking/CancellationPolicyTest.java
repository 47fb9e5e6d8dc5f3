package com.laca.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The cancellation policy decides what happens to the deposit")
class CancellationPolicyTest {

    private static final Instant START = Instant.parse("2026-06-10T10:00:00Z");
    private final CancellationPolicy policy = new CancellationPolicy(Duration.ofHours(48));

    @Test
    @DisplayName("Cancelling three days ahead is free and the deposit is refunded")
    void wellAhead() {
        CancellationOutcome outcome = policy.onCancellation(START, START.minus(Duration.ofDays(3)));

        assertThat(outcome).isEqualTo(CancellationOutcome.FREE_CANCELLATION);
        assertThat(outcome.deposit()).isEqualTo(DepositTreatment.REFUND);
    }

    @Test
    @DisplayName("Cancelling exactly 48 hours before the start is still free")
    void exactlyAtTheEdge() {
        assertThat(policy.onCancellation(START, START.minus(Duration.ofHours(48))))
                .isEqualTo(CancellationOutcome.FREE_CANCELLATION);
    }

    @Test
    @DisplayName("Cancelling one second inside the 48 hours is late and the deposit is kept")
    void oneSecondLate() {
        CancellationOutcome outcome = policy.onCancellation(START, START.minus(Duration.ofHours(48)).plusSeconds(1));

        assertThat(outcome).isEqualTo(CancellationOutcome.LATE_CANCELLATION);
        assertThat(outcome.deposit()).isEqualTo(DepositTreatment.FORFEIT);
    }

    @Test
    @DisplayName("A no-show keeps the deposit")
    void noShow() {
        assertThat(policy.onNoShow().deposit()).isEqualTo(DepositTreatment.FORFEIT);
    }

    @Test
    @DisplayName("Rescheduling keeps what was paid, even inside the window")
    void reschedule() {
        assertThat(policy.onReschedule()).isEqualTo(CancellationOutcome.RESCHEDULED);
        assertThat(policy.onReschedule().deposit()).isEqualTo(DepositTreatment.CARRY_OVER);
    }

    @Test
    @DisplayName("A tenant may choose its own window, e.g. 24 hours")
    void customWindow() {
        CancellationPolicy relaxed = new CancellationPolicy(Duration.ofHours(24));

        assertThat(relaxed.onCancellation(START, START.minus(Duration.ofHours(30))))
                .isEqualTo(CancellationOutcome.FREE_CANCELLATION);
        assertThat(relaxed.onCancellation(START, START.minus(Duration.ofHours(23))))
                .isEqualTo(CancellationOutcome.LATE_CANCELLATION);
        assertThatThrownBy(() -> new CancellationPolicy(Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
