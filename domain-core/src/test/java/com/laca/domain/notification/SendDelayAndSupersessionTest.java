package com.laca.domain.notification;

import static com.laca.domain.notification.Messages.applied;
import static com.laca.domain.notification.Messages.in;
import static com.laca.domain.notification.Messages.pending;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A change undone at once sends nothing; a quick series of changes sends only its outcome")
class SendDelayAndSupersessionTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private final SendDelayPolicy delays = SendDelayPolicy.standard();

    @Test
    @DisplayName("A booking the client makes is confirmed at once")
    void clientBookingImmediate() {
        assertThat(delays.delayFor(MessageKind.BOOKING_CONFIRMED, Initiator.CLIENT)).isZero();
    }

    @Test
    @DisplayName("A move or cancellation made by staff waits two minutes, so a slip can be undone unseen")
    void clinicChangesWait() {
        assertThat(delays.delayFor(MessageKind.BOOKING_RESCHEDULED, Initiator.CLINIC)).isEqualTo(Duration.ofMinutes(2));
        assertThat(delays.delayFor(MessageKind.BOOKING_CANCELLED_BY_CLINIC, Initiator.CLINIC))
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(delays.delayFor(MessageKind.BOOKING_RESCHEDULED, Initiator.CLIENT)).isZero();
    }

    @Test
    @DisplayName("Receipts and password resets are never delayed, and a tenant may set its own wait per kind")
    void otherKindsAndOverrides() {
        assertThat(delays.delayFor(MessageKind.DEPOSIT_RECEIVED, Initiator.CLINIC)).isZero();
        assertThat(delays.delayFor(MessageKind.PASSWORD_RESET, Initiator.CLINIC)).isZero();
        SendDelayPolicy patient = new SendDelayPolicy(Duration.ofMinutes(2),
                Map.of("booking-confirmed", Duration.ofMinutes(5)));
        assertThat(patient.delayFor(MessageKind.BOOKING_CONFIRMED, Initiator.CLIENT)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    @DisplayName("A message withdrawn 1 minute 59 seconds into its 2-minute wait is never sent")
    void cancelledWithinTheDelay() {
        OutboxMessage moved = OutboxMessage.enqueue(Messages.envelope(MessageKind.BOOKING_RESCHEDULED, NOW),
                delays.delayFor(MessageKind.BOOKING_RESCHEDULED, Initiator.CLINIC));

        OutboxMessage withdrawn = applied(moved.cancel(NOW.plusSeconds(119), "moved back"));

        assertThat(withdrawn.isClaimableAt(NOW.plusSeconds(120))).isFalse();
        assertThat(withdrawn.claim("a", NOW.plusSeconds(120), Duration.ofMinutes(1)))
                .isInstanceOf(OutboxTransition.Refused.class);
    }

    @Test
    @DisplayName("Booked and cancelled before the confirmation went out: the client is told nothing at all")
    void bookedAndCancelledUnseen() {
        OutboxMessage confirmation = OutboxMessage.enqueue(Messages.envelope(MessageKind.BOOKING_CONFIRMED, NOW),
                Duration.ofMinutes(2));

        Supersession.Outcome outcome = Supersession.decide(MessageKind.BOOKING_CANCELLED_BY_CLINIC,
                List.of(confirmation));

        assertThat(outcome.cancel()).containsExactly(confirmation.id());
        assertThat(outcome.sendAs()).isEmpty();
    }

    @Test
    @DisplayName("Cancelled after the confirmation went out: waiting reminders are withdrawn and the cancellation is sent")
    void cancelledAfterConfirmation() {
        OutboxMessage confirmation = in(OutboxState.SENT, pending(MessageKind.BOOKING_CONFIRMED, NOW), NOW);
        OutboxMessage reminder = pending(MessageKind.APPOINTMENT_REMINDER, NOW);

        Supersession.Outcome outcome = Supersession.decide(MessageKind.BOOKING_CANCELLED_BY_CLIENT,
                List.of(confirmation, reminder));

        assertThat(outcome.cancel()).containsExactly(reminder.id());
        assertThat(outcome.sendAs()).contains(MessageKind.BOOKING_CANCELLED_BY_CLIENT);
    }

    @Test
    @DisplayName("Moved twice within the wait: only the latest move is sent")
    void movedTwice() {
        OutboxMessage confirmation = in(OutboxState.SENT, pending(MessageKind.BOOKING_CONFIRMED, NOW), NOW);
        OutboxMessage firstMove = OutboxMessage.enqueue(Messages.envelope(MessageKind.BOOKING_RESCHEDULED, NOW),
                Duration.ofMinutes(2));

        Supersession.Outcome outcome = Supersession.decide(MessageKind.BOOKING_RESCHEDULED,
                List.of(confirmation, firstMove));

        assertThat(outcome.cancel()).containsExactly(firstMove.id());
        assertThat(outcome.sendAs()).contains(MessageKind.BOOKING_RESCHEDULED);
    }

    @Test
    @DisplayName("Moved before the confirmation went out: the client gets one confirmation, of the new time")
    void movedBeforeConfirmation() {
        OutboxMessage confirmation = OutboxMessage.enqueue(Messages.envelope(MessageKind.BOOKING_CONFIRMED, NOW),
                Duration.ofMinutes(2));

        Supersession.Outcome outcome = Supersession.decide(MessageKind.BOOKING_RESCHEDULED, List.of(confirmation));

        assertThat(outcome.cancel()).containsExactly(confirmation.id());
        assertThat(outcome.sendAs()).contains(MessageKind.BOOKING_CONFIRMED);
    }

    @Test
    @DisplayName("A confirmation already being sent is not withdrawn, and the move is then reported as a move")
    void confirmationInFlight() {
        OutboxMessage confirmation = in(OutboxState.CLAIMED, pending(MessageKind.BOOKING_CONFIRMED, NOW), NOW);

        Supersession.Outcome outcome = Supersession.decide(MessageKind.BOOKING_RESCHEDULED, List.of(confirmation));

        assertThat(outcome.cancel()).isEmpty();
        assertThat(outcome.sendAs()).isEqualTo(Optional.of(MessageKind.BOOKING_RESCHEDULED));
    }

    @Test
    @DisplayName("Receipts are never withdrawn by later news")
    void receiptsStay() {
        OutboxMessage receipt = pending(MessageKind.DEPOSIT_RECEIVED, NOW);

        assertThat(Supersession.decide(MessageKind.BOOKING_RESCHEDULED, List.of(receipt)).cancel()).isEmpty();
        assertThat(Supersession.decide(MessageKind.BOOKING_CANCELLED_BY_CLIENT, List.of(receipt)).cancel()).isEmpty();
    }
}
