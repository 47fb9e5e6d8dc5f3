package com.laca.domain.notification;

import static com.laca.domain.notification.Messages.applied;
import static com.laca.domain.notification.Messages.in;
import static com.laca.domain.notification.Messages.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("An outbox message goes from waiting to sent, retried or dead, and never twice")
class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final RetryPolicy RETRY = RetryPolicy.standard();

    @Nested
    @DisplayName("Enqueueing")
    class Enqueueing {

        @Test
        @DisplayName("A new message waits, with no attempt made, until its send delay has passed")
        void waitsForItsDelay() {
            OutboxMessage message = OutboxMessage.enqueue(Messages.envelope(MessageKind.BOOKING_RESCHEDULED, NOW),
                    Duration.ofMinutes(2));

            assertThat(message.state()).isEqualTo(OutboxState.PENDING);
            assertThat(message.delivery().attempts()).isZero();
            assertThat(message.delivery().dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
            assertThat(message.isClaimableAt(NOW.plus(Duration.ofMinutes(2)).minusMillis(1))).isFalse();
            assertThat(message.isClaimableAt(NOW.plus(Duration.ofMinutes(2)))).isTrue();
        }

        @Test
        @DisplayName("A message missing facts its kind needs is refused when it is enqueued, naming every missing fact")
        void missingFacts() {
            Envelope withoutLinks = new Envelope(NotificationId.random(), Messages.TENANT,
                    MessageKind.BOOKING_CONFIRMED, Messages.envelope(MessageKind.BOOKING_CONFIRMED, NOW).recipient(),
                    Optional.empty(), java.util.Locale.UK, MessageFacts.builder().text(Facts.CLIENT_FIRST_NAME, "Emma")
                    .build(), NOW);

            assertThatThrownBy(() -> OutboxMessage.enqueue(withoutLinks, Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(Facts.MANAGE_LINK).hasMessageContaining(Facts.APPOINTMENT_START);
        }

        @Test
        @DisplayName("A receipt cannot be addressed to a phone: deposits and refunds go by e-mail only")
        void channelMustSuitTheKind() {
            Envelope email = Messages.envelope(MessageKind.DEPOSIT_RECEIVED, NOW);

            assertThatThrownBy(() -> new Envelope(email.id(), email.tenant(), email.kind(),
                    new Recipient(Channel.SMS, "07700 900123"), email.topic(), email.locale(), email.facts(), NOW))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never sent by SMS");
        }

        @Test
        @DisplayName("The facts snapshot shows its names but never its values when logged")
        void factsAreNotLogged() {
            assertThat(Messages.appointmentFacts(NOW).toString()).contains(Facts.CLIENT_FIRST_NAME)
                    .doesNotContain("Emma");
            assertThat(Messages.envelope(MessageKind.BOOKING_CONFIRMED, NOW).recipient().toString())
                    .isEqualTo("EMAIL:e***@example.com");
        }
    }

    @Nested
    @DisplayName("Claiming and leases")
    class Claiming {

        @Test
        @DisplayName("Claiming starts an attempt and holds the message for the lease")
        void claim() {
            OutboxMessage claimed = applied(pending(MessageKind.BOOKING_CONFIRMED, NOW).claim("a", NOW, LEASE));

            assertThat(claimed.state()).isEqualTo(OutboxState.CLAIMED);
            assertThat(claimed.delivery().attempts()).isEqualTo(1);
            assertThat(claimed.delivery().lease()).contains(new Lease("a", NOW.plus(LEASE)));
        }

        @Test
        @DisplayName("A message not yet due cannot be claimed")
        void notDue() {
            OutboxMessage later = OutboxMessage.enqueue(Messages.envelope(MessageKind.BOOKING_CONFIRMED, NOW),
                    Duration.ofMinutes(2));

            assertThat(later.claim("a", NOW.plusSeconds(119), LEASE))
                    .isEqualTo(new OutboxTransition.Refused(OutboxRefusal.NOT_DUE, "due at " + NOW.plusSeconds(120)));
        }

        @Test
        @DisplayName("While a lease runs, a second dispatcher cannot take the message, up to the last millisecond")
        void leaseHeld() {
            OutboxMessage claimed = in(OutboxState.CLAIMED, pending(MessageKind.BOOKING_CONFIRMED, NOW), NOW);

            OutboxTransition second = claimed.claim("b", NOW.plus(LEASE).minusMillis(1), LEASE);

            assertThat(second).isInstanceOf(OutboxTransition.Refused.class);
            assertThat(((OutboxTransition.Refused) second).reason()).isEqualTo(OutboxRefusal.LEASE_HELD);
        }

        @Test
        @DisplayName("When a dispatcher crashed mid-send, another takes the message over the moment its lease ends")
        void takeoverAfterLeaseExpiry() {
            OutboxMessage claimed = in(OutboxState.CLAIMED, pending(MessageKind.BOOKING_CONFIRMED, NOW), NOW);

            OutboxMessage taken = applied(claimed.claim("b", NOW.plus(LEASE), LEASE));

            assertThat(taken.delivery().lease().orElseThrow().owner()).isEqualTo("b");
            assertThat(taken.delivery().attempts()).isEqualTo(2);
        }

        @Test
        @DisplayName("The crashed dispatcher, coming back, can no longer record the message: it was taken over")
        void staleOwnerCannotRecord() {
            OutboxMessage claimed = in(OutboxState.CLAIMED, pending(MessageKind.BOOKING_CONFIRMED, NOW), NOW);
            OutboxMessage taken = applied(claimed.claim("b", NOW.plus(LEASE), LEASE));

            OutboxTransition late = taken.markSent("dispatcher-a", NOW.plus(LEASE).plusSeconds(1), "ref-late");

            assertThat(((OutboxTransition.Refused) late).reason()).isEqualTo(OutboxRefusal.CLAIM_LOST);
        }

        @Test
        @DisplayName("A slow dispatcher whose lease ran out may still record its send if nobody took the message over")
        void slowButUnchallenged() {
            OutboxMessage claimed = in(OutboxState.CLAIMED, pending(MessageKind.BOOKING_CONFIRMED, NOW), NOW);

            OutboxMessage sent = applied(claimed.markSent("dispatcher-a", NOW.plus(LEASE).plusSeconds(30), "ref-9"));

            assertThat(sent.state()).isEqualTo(OutboxState.SENT);
            assertThat(sent.delivery().providerReference()).contains("ref-9");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = OutboxState.class, names = {"SENT", "DEAD", "CANCELLED"})
        @DisplayName("A sent, dead or cancelled message is never claimed again")
        void finalStatesAreNotClaimed(OutboxState state) {
            OutboxMessage message = in(state, pending(MessageKind.BOOKING_CONFIRMED, NOW), NOW);

            assertThat(message.isClaimableAt(NOW.plus(Duration.ofDays(30)))).isFalse();
            assertThat(message.claim("b", NOW.plus(Duration.ofDays(30)), LEASE))
                    .isInstanceOf(OutboxTransition.Refused.class);
        }
    }

    @Nested
    @DisplayName("Failures and retries")
    class Failures {

        @Test
        @DisplayName("A mail server that is down means another attempt later, within the backoff's bounds")
        void retryLater() {
            OutboxMessage claimed = in(OutboxState.CLAIMED, pending(MessageKind.BOOKING_CONFIRMED, NOW), NOW);

            OutboxMessage failed = applied(claimed.markFailed("dispatcher-a", NOW,
                    SendFailure.unavailable("connection refused"), RETRY, new Random(42)));

            assertThat(failed.state()).isEqualTo(OutboxState.FAILED_RETRYING);
            assertThat(failed.delivery().dueAt()).isBetween(NOW.plusSeconds(30), NOW.plusSeconds(60));
            assertThat(failed.delivery().lastError()).contains("UNAVAILABLE: connection refused");
        }

        @Test
        @DisplayName("A mailbox that does not exist is given up at once: retrying cannot help")
        void refusedIsDead() {
            OutboxMessage claimed = in(OutboxState.CLAIMED, pending(MessageKind.BOOKING_CONFIRMED, NOW), NOW);

            OutboxMessage dead = applied(claimed.markFailed("dispatcher-a", NOW,
                    SendFailure.refused("550 5.1.1 unknown user"), RETRY, new Random(42)));

            assertThat(dead.state()).isEqualTo(OutboxState.DEAD);
            assertThat(dead.delivery().lastError()).contains("REFUSED: 550 5.1.1 unknown user");
        }

        @Test
        @DisplayName("After the last allowed attempt fails the message is dead; an admin's replay makes it due again")
        void exhaustedThenReplayed() {
            RetryPolicy twice = new RetryPolicy(2, Duration.ofMinutes(1), Duration.ofMinutes(10), 0);
            OutboxMessage message = pending(MessageKind.BOOKING_CONFIRMED, NOW);
            Instant at = NOW;
            for (int attempt = 1; attempt <= 2; attempt++) {
                message = applied(message.claim("a", at, LEASE));
                message = applied(message.markFailed("a", at, SendFailure.outcomeUnknown("read timed out"), twice,
                        new Random(1)));
                at = message.delivery().dueAt();
            }
            assertThat(message.state()).isEqualTo(OutboxState.DEAD);
            assertThat(message.delivery().attempts()).isEqualTo(2);

            OutboxMessage replayed = applied(message.replay(NOW.plus(Duration.ofHours(1))));

            assertThat(replayed.state()).isEqualTo(OutboxState.PENDING);
            assertThat(replayed.delivery().attempts()).isZero();
            assertThat(replayed.isClaimableAt(NOW.plus(Duration.ofHours(1)))).isTrue();
            assertThat(replayed.id()).isEqualTo(message.id());
        }

        @Test
        @DisplayName("Only a dead message can be replayed")
        void replayOnlyDead() {
            assertThat(((OutboxTransition.Refused) in(OutboxState.SENT, pending(MessageKind.BOOKING_CONFIRMED, NOW),
                    NOW).replay(NOW)).reason()).isEqualTo(OutboxRefusal.ILLEGAL_TRANSITION);
        }
    }

    @Nested
    @DisplayName("Withdrawing")
    class Withdrawing {

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = OutboxState.class, names = {"PENDING", "FAILED_RETRYING"})
        @DisplayName("A message that has not gone out can be withdrawn, and then never goes out")
        void waitingCanBeCancelled(OutboxState state) {
            OutboxMessage cancelled = applied(in(state, pending(MessageKind.BOOKING_CONFIRMED, NOW), NOW)
                    .cancel(NOW, "booking cancelled"));

            assertThat(cancelled.state()).isEqualTo(OutboxState.CANCELLED);
            assertThat(cancelled.isClaimableAt(NOW.plus(Duration.ofDays(1)))).isFalse();
        }

        @Test
        @DisplayName("A message being sent cannot be withdrawn: it is already on its way")
        void inFlight() {
            OutboxTransition cancel = in(OutboxState.CLAIMED, pending(MessageKind.BOOKING_CONFIRMED, NOW), NOW)
                    .cancel(NOW, "too late");

            assertThat(((OutboxTransition.Refused) cancel).reason()).isEqualTo(OutboxRefusal.IN_FLIGHT);
        }

        @Test
        @DisplayName("A sent message cannot be withdrawn")
        void alreadySent() {
            OutboxTransition cancel = in(OutboxState.SENT, pending(MessageKind.BOOKING_CONFIRMED, NOW), NOW)
                    .cancel(NOW, "too late");

            assertThat(((OutboxTransition.Refused) cancel).reason()).isEqualTo(OutboxRefusal.ALREADY_SENT);
        }
    }

    @Nested
    @DisplayName("Secrets")
    class Secrets {

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = OutboxState.class, names = {"SENT", "DEAD", "CANCELLED"})
        @DisplayName("A password-reset link is erased from the outbox once the message is sent, dead or withdrawn")
        void secretErased(OutboxState state) {
            OutboxMessage reset = in(state, Messages.passwordReset(NOW), NOW);

            assertThat(reset.envelope().facts().isEmpty()).isTrue();
        }

        @Test
        @DisplayName("A dead password reset cannot be replayed, because its link is gone: the user asks for a new one")
        void erasedCannotBeReplayed() {
            OutboxMessage dead = in(OutboxState.DEAD, Messages.passwordReset(NOW), NOW);

            assertThat(((OutboxTransition.Refused) dead.replay(NOW)).reason()).isEqualTo(OutboxRefusal.FACTS_ERASED);
        }

        @Test
        @DisplayName("A booking confirmation keeps its facts after sending, for the outbox viewer")
        void ordinaryFactsKept() {
            assertThat(in(OutboxState.SENT, pending(MessageKind.BOOKING_CONFIRMED, NOW), NOW).envelope().facts()
                    .isEmpty()).isFalse();
        }
    }

    @Test
    @DisplayName("A link in a message must be https, except on the embedded default's own machine")
    void linksAreHttps() {
        assertThatThrownBy(() -> new FactValue.Link(URI.create("http://book.example/manage/abc")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new FactValue.Link(URI.create("http://localhost:8080/manage/abc")).uri().getPort())
                .isEqualTo(8080);
    }
}
