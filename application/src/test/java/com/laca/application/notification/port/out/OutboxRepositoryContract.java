package com.laca.application.notification.port.out;

import com.laca.domain.notification.OutboxDepth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.PersistenceContract;
import com.laca.domain.notification.Envelope;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.notification.OutboxDepth;
import com.laca.domain.notification.OutboxMessage;
import com.laca.domain.notification.OutboxState;
import com.laca.domain.notification.OutboxTransition;
import com.laca.domain.notification.Recipient;
import com.laca.domain.notification.RetryPolicy;
import com.laca.domain.notification.SendFailure;
import com.laca.domain.notification.Topic;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every outbox must do, run against the in-memory and the JPA adapters: keep messages with their facts exactly,
 * only in their tenant and only if the transaction commits, hand each due message to one dispatcher at a time, and
 * refuse a stale dispatcher's record.
 */
public abstract class OutboxRepositoryContract extends PersistenceContract {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int ALL = 100_000;

    /** The adapter's outbox, on the same store as {@link #createPorts()}. */
    protected abstract OutboxRepository outbox();

    @Test
    @DisplayName("A stored message comes back with every fact as it was written, and only in its own clinic")
    void storesAndReadsBack() {
        OutboxMessage message = confirmation(tenantA, Duration.ZERO);
        doInA(() -> outbox().insert(message));

        OutboxMessage read = inA(() -> outbox().find(message.id())).orElseThrow();
        assertThat(read.envelope()).isEqualTo(message.envelope());
        assertThat(read.delivery()).isEqualTo(message.delivery());
        assertThat(inA(() -> outbox().findByTopic(message.envelope().topic().orElseThrow())))
                .containsExactly(message);
        assertThat(inB(() -> outbox().find(message.id()))).isEmpty();
        assertThat(inB(() -> outbox().findByTopic(message.envelope().topic().orElseThrow()))).isEmpty();
    }

    @Test
    @DisplayName("A message written in a transaction that rolls back is not in the outbox")
    void rolledBackIsNotStored() {
        OutboxMessage message = confirmation(tenantA, Duration.ZERO);
        assertThatThrownBy(() -> doInA(() -> {
            outbox().insert(message);
            throw new IllegalStateException("the booking failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inA(() -> outbox().find(message.id()))).isEmpty();
        assertThat(claimedIds("rollback", NOW.plusSeconds(1))).doesNotContain(message.id());
    }

    @Test
    @DisplayName("A due message is claimed by one dispatcher; another gets it only after the lease runs out")
    void claimsOnceUntilTheLeaseRunsOut() {
        OutboxMessage message = confirmation(tenantA, Duration.ZERO);
        OutboxMessage later = confirmation(tenantA, Duration.ofHours(1));
        doInA(() -> {
            outbox().insert(message);
            outbox().insert(later);
        });

        List<OutboxClaim> first = platformClaims("first", NOW);
        assertThat(first).contains(new OutboxClaim(message.id(), tenantA));
        assertThat(first).extracting(OutboxClaim::id).doesNotContain(later.id());
        assertThat(claimedIds("second", NOW.plusSeconds(119))).doesNotContain(message.id());

        OutboxMessage claimed = inA(() -> outbox().find(message.id())).orElseThrow();
        assertThat(claimed.state()).isEqualTo(OutboxState.CLAIMED);
        assertThat(claimed.delivery().attempts()).isEqualTo(1);
        assertThat(claimed.delivery().lease().orElseThrow().owner()).isEqualTo("first");

        assertThat(claimedIds("second", NOW.plus(LEASE))).contains(message.id());
        OutboxMessage retaken = inA(() -> outbox().find(message.id())).orElseThrow();
        assertThat(retaken.delivery().lease().orElseThrow().owner()).isEqualTo("second");
        assertThat(retaken.delivery().attempts()).isEqualTo(2);
    }

    @Test
    @DisplayName("A dispatcher whose message was taken over cannot record its result; the new holder can")
    void staleRecordIsRefused() {
        OutboxMessage message = confirmation(tenantA, Duration.ZERO);
        doInA(() -> outbox().insert(message));
        platformClaims("slow", NOW);
        OutboxMessage heldBySlow = inA(() -> outbox().find(message.id())).orElseThrow();
        platformClaims("fast", NOW.plus(LEASE));
        OutboxMessage heldByFast = inA(() -> outbox().find(message.id())).orElseThrow();

        OutboxMessage sentBySlow = applied(heldBySlow.markSent("slow", NOW.plus(LEASE), "<slow@x>"));
        assertThat(inA(() -> outbox().save(sentBySlow, OutboxRepository.Expected.of(heldBySlow)))).isFalse();

        OutboxMessage sentByFast = applied(heldByFast.markSent("fast", NOW.plus(LEASE), "<fast@x>"));
        assertThat(inA(() -> outbox().save(sentByFast, OutboxRepository.Expected.of(heldByFast)))).isTrue();
        OutboxMessage stored = inA(() -> outbox().find(message.id())).orElseThrow();
        assertThat(stored.state()).isEqualTo(OutboxState.SENT);
        assertThat(stored.delivery().providerReference()).contains("<fast@x>");
        assertThat(stored.delivery().sentAt()).contains(NOW.plus(LEASE));
        assertThat(claimedIds("late", NOW.plus(Duration.ofDays(1)))).doesNotContain(message.id());
        assertThat(inA(() -> outbox().sentEmails(ALL))).contains(stored);
        assertThat(inB(() -> outbox().sentEmails(ALL))).doesNotContain(stored);
    }

    @Test
    @DisplayName("A message refused for good is a dead letter of its clinic, and a waiting one can be withdrawn")
    void deadLettersAndWithdrawal() {
        OutboxMessage message = confirmation(tenantA, Duration.ZERO);
        OutboxMessage waiting = confirmation(tenantA, Duration.ofMinutes(2));
        doInA(() -> {
            outbox().insert(message);
            outbox().insert(waiting);
        });
        platformClaims("d", NOW);
        OutboxMessage claimed = inA(() -> outbox().find(message.id())).orElseThrow();
        OutboxMessage dead = applied(claimed.markFailed("d", NOW, SendFailure.refused("550"), RetryPolicy.standard(),
                new Random(1)));
        assertThat(inA(() -> outbox().save(dead, OutboxRepository.Expected.of(claimed)))).isTrue();
        assertThat(inA(() -> outbox().deadLetters(ALL))).extracting(OutboxMessage::id).contains(message.id());
        assertThat(inA(() -> outbox().find(message.id())).orElseThrow().delivery().lastError())
                .contains(SendFailure.refused("550").summary());
        assertThat(inB(() -> outbox().deadLetters(ALL))).extracting(OutboxMessage::id).doesNotContain(message.id());

        OutboxMessage cancelled = applied(waiting.cancel(NOW, "undone"));
        assertThat(inA(() -> outbox().save(cancelled, OutboxRepository.Expected.of(waiting)))).isTrue();
        assertThat(inA(() -> outbox().save(cancelled, OutboxRepository.Expected.of(waiting)))).isFalse();
        assertThat(claimedIds("d", NOW.plus(Duration.ofDays(1)))).doesNotContain(waiting.id());
    }

    @Test
    @DisplayName("A password reset's link is erased from the outbox once it is sent")
    void secretErasedWhenSent() {
        MessageFacts facts = MessageFacts.builder()
                .text(Facts.STAFF_NAME, "Sam")
                .link(Facts.RESET_LINK, URI.create("https://app.example/reset/secret-token"))
                .moment(Facts.LINK_EXPIRES_AT, NOW.plus(Duration.ofHours(1)), ZoneId.of("Europe/London"))
                .build();
        OutboxMessage reset = OutboxMessage.enqueue(new Envelope(NotificationId.random(), tenantA,
                MessageKind.PASSWORD_RESET, Recipient.email(new EmailAddress("sam@clinic.example")), Optional.empty(),
                Locale.UK, facts, NOW), Duration.ZERO);
        doInA(() -> outbox().insert(reset));
        platformClaims("s", NOW);
        OutboxMessage claimed = inA(() -> outbox().find(reset.id())).orElseThrow();
        assertThat(claimed.envelope().facts()).isEqualTo(facts);
        OutboxMessage sent = applied(claimed.markSent("s", NOW, "<r@x>"));
        assertThat(inA(() -> outbox().save(sent, OutboxRepository.Expected.of(claimed)))).isTrue();

        assertThat(inA(() -> outbox().find(reset.id())).orElseThrow().envelope().facts().isEmpty()).isTrue();
    }

    @Test
    @DisplayName("An SMS keeps its number, and a message of another clinic cannot be written in this one")
    void smsAndTenantGuard() {
        OutboxMessage sms = OutboxMessage.enqueue(new Envelope(NotificationId.random(), tenantA,
                MessageKind.BOOKING_CONFIRMED, Recipient.sms(new PhoneNumber("+447700900123")),
                Optional.empty(), Locale.UK, appointmentFacts(), NOW), Duration.ZERO);
        doInA(() -> outbox().insert(sms));
        assertThat(inA(() -> outbox().find(sms.id())).orElseThrow().envelope()).isEqualTo(sms.envelope());

        OutboxMessage ofB = confirmation(tenantB, Duration.ZERO);
        assertThatThrownBy(() -> doInA(() -> outbox().insert(ofB))).isInstanceOf(RuntimeException.class);
        assertThat(inB(() -> outbox().find(ofB.id()))).isEmpty();
    }

    @Test
    @DisplayName("The depth counts each kind's queued and due messages across clinics; waiting lists one clinic's")
    void depthAndWaiting() {
        OutboxDepth before = depth(NOW);
        OutboxMessage due = confirmation(tenantA, Duration.ZERO);
        OutboxMessage later = confirmation(tenantB, Duration.ofHours(1));
        doInA(() -> outbox().insert(due));
        doInB(() -> outbox().insert(later));

        OutboxDepth after = depth(NOW);
        assertThat(after.queued() - before.queued()).isEqualTo(2);
        assertThat(after.due() - before.due()).isEqualTo(1);
        assertThat(after.dead()).isEqualTo(before.dead());
        assertThat(inA(() -> outbox().waiting(MessageKind.BOOKING_CONFIRMED))).extracting(OutboxMessage::id)
                .contains(due.id()).doesNotContain(later.id());
        assertThat(inA(() -> outbox().waiting(MessageKind.APPOINTMENT_REMINDER))).extracting(OutboxMessage::id)
                .doesNotContain(due.id());
    }

    private OutboxDepth depth(Instant at) {
        String kind = MessageKind.BOOKING_CONFIRMED.code();
        return ports.tx().asPlatform(() -> outbox().depth(at)).stream().filter(d -> d.kind().equals(kind))
                .findFirst().orElse(new OutboxDepth(kind, 0, 0, 0));
    }

    private List<OutboxClaim> platformClaims(String owner, Instant now) {
        return ports.tx().asPlatform(() -> outbox().claimDue(owner, now, LEASE, ALL));
    }

    private List<NotificationId> claimedIds(String owner, Instant now) {
        return platformClaims(owner, now).stream().map(OutboxClaim::id).toList();
    }

    private static OutboxMessage applied(OutboxTransition transition) {
        assertThat(transition).isInstanceOf(OutboxTransition.Applied.class);
        return ((OutboxTransition.Applied) transition).message();
    }

    private static OutboxMessage confirmation(TenantId tenant, Duration delay) {
        return OutboxMessage.enqueue(new Envelope(NotificationId.random(), tenant, MessageKind.BOOKING_CONFIRMED,
                Recipient.email(new EmailAddress("emma@example.com")),
                Optional.of(Topic.appointment(AppointmentId.random())), Locale.UK, appointmentFacts(), NOW), delay);
    }

    private static MessageFacts appointmentFacts() {
        ZoneId london = ZoneId.of("Europe/London");
        return MessageFacts.builder()
                .text(Facts.CLIENT_FIRST_NAME, "Émma")
                .moment(Facts.APPOINTMENT_START, NOW.plus(Duration.ofDays(7)), london)
                .text(Facts.TREATMENT_NAME, "Glow peel \"deluxe\"")
                .text(Facts.TREATMENT_CATEGORY, "CHEMICAL_PEEL")
                .text(Facts.LOCATION_NAME, "Harley Street")
                .link(Facts.MANAGE_LINK, URI.create("https://book.example/manage/abc?x=1&y=2"))
                .amount(Facts.DEPOSIT_AMOUNT, Money.of(5_000, "GBP"))
                .build();
    }
}
