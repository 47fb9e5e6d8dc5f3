package com.laca.application.payment.service;

import com.laca.application.payment.port.in.PaymentEventOutcome;
import com.laca.application.shared.AccessDeniedException;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Dead letters of payment events")
class PaymentDeadLettersServiceTest {

    private final PaymentFixture fixture = new PaymentFixture().withHeldDeposit();
    private final PaymentDeadLettersService deadLetters = new PaymentDeadLettersService(fixture.ports.tx(),
            fixture.ports.deadLetters(), fixture.events, payload -> fixture.succeeded("evt_dead"), fixture.clock);

    @Test
    @DisplayName("a failure is kept with its kind and first line only, and attempts are counted")
    void recordsFailures() {
        var id = fixture.succeeded("evt_dead").header().id();
        deadLetters.recordFailure(id, "payment_intent.succeeded", "{}",
                new IllegalStateException("first line\n\tat some.Stack.trace"));
        deadLetters.recordFailure(id, "payment_intent.succeeded", "{}", new IllegalStateException("again"));

        var letter = deadLetters.get(fixture.caller(Role.PLATFORM_ADMIN), id);
        assertThat(letter.attempts()).isEqualTo(2);
        assertThat(letter.error()).isEqualTo("IllegalStateException: again");
        assertThat(deadLetters.list(fixture.caller(Role.PLATFORM_ADMIN), 10)).hasSize(1);
    }

    @Test
    @DisplayName("replaying a dead letter applies its event once and resolves it")
    void replay() {
        var id = fixture.succeeded("evt_dead").header().id();
        deadLetters.recordFailure(id, "payment_intent.succeeded", "{}", new IllegalStateException("db down"));

        assertThat(deadLetters.replay(fixture.caller(Role.PLATFORM_ADMIN), id))
                .isInstanceOf(PaymentEventOutcome.Applied.class);
        assertThat(deadLetters.replay(fixture.caller(Role.PLATFORM_ADMIN), id))
                .isInstanceOf(PaymentEventOutcome.AlreadyProcessed.class);
        assertThat(fixture.appointmentStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(deadLetters.get(fixture.caller(Role.PLATFORM_ADMIN), id).resolvedAt()).isPresent();
    }

    @Test
    @DisplayName("only the platform administrator sees dead letters")
    void adminOnly() {
        assertThatThrownBy(() -> deadLetters.list(fixture.caller(Role.OWNER), 10))
                .isInstanceOf(AccessDeniedException.class);
    }
}
