package com.laca.domain.notification;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** Builds messages for the specifications, with every fact the standard kinds need. */
final class Messages {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final TenantId TENANT = TenantId.random();
    static final AppointmentId APPOINTMENT = AppointmentId.random();

    private Messages() {
    }

    static MessageFacts appointmentFacts(Instant start) {
        return MessageFacts.builder()
                .text(Facts.CLIENT_FIRST_NAME, "Emma")
                .moment(Facts.APPOINTMENT_START, start, LONDON)
                .moment(Facts.PREVIOUS_START, start.minus(Duration.ofDays(1)), LONDON)
                .text(Facts.TREATMENT_NAME, "Glow peel")
                .text(Facts.TREATMENT_CATEGORY, "CHEMICAL_PEEL")
                .text(Facts.LOCATION_NAME, "Harley Street")
                .link(Facts.MANAGE_LINK, URI.create("https://book.example/manage/abc"))
                .amount(Facts.DEPOSIT_AMOUNT, Money.of(5_000, "GBP"))
                .amount(Facts.REFUND_AMOUNT, Money.of(5_000, "GBP"))
                .moment(Facts.HOLD_EXPIRES_AT, start.minus(Duration.ofDays(2)), LONDON)
                .build();
    }

    static Envelope envelope(MessageKind kind, Instant now) {
        return new Envelope(NotificationId.random(), TENANT, kind,
                Recipient.email(new EmailAddress("emma@example.com")), Optional.of(Topic.appointment(APPOINTMENT)),
                Locale.UK, appointmentFacts(now.plus(Duration.ofDays(7))), now);
    }

    static OutboxMessage pending(MessageKind kind, Instant now) {
        return OutboxMessage.enqueue(envelope(kind, now), Duration.ZERO);
    }

    static OutboxMessage passwordReset(Instant now) {
        MessageFacts facts = MessageFacts.builder()
                .text(Facts.STAFF_NAME, "Sam")
                .link(Facts.RESET_LINK, URI.create("https://app.example/reset/secret-token"))
                .moment(Facts.LINK_EXPIRES_AT, now.plus(Duration.ofHours(1)), LONDON)
                .build();
        return OutboxMessage.enqueue(new Envelope(NotificationId.random(), TENANT, MessageKind.PASSWORD_RESET,
                Recipient.email(new EmailAddress("sam@clinic.example")), Optional.empty(), Locale.UK, facts, now),
                Duration.ZERO);
    }

    /** The message in its new state; fails the test if the step was refused. */
    static OutboxMessage applied(OutboxTransition transition) {
        if (transition instanceof OutboxTransition.Applied applied) {
            return applied.message();
        }
        throw new AssertionError("expected the step to be taken, but: " + transition);
    }

    /** The message in state {@code state} after the given steps from pending. */
    static OutboxMessage in(OutboxState state, OutboxMessage pending, Instant now) {
        OutboxMessage claimed = applied(pending.claim("dispatcher-a", now, Duration.ofMinutes(5)));
        return switch (state) {
            case PENDING -> pending;
            case CLAIMED -> claimed;
            case SENT -> applied(claimed.markSent("dispatcher-a", now, "ref-1"));
            case FAILED_RETRYING -> applied(claimed.markFailed("dispatcher-a", now,
                    SendFailure.unavailable("smtp down"), RetryPolicy.standard(), new java.util.Random(1)));
            case DEAD -> applied(claimed.markFailed("dispatcher-a", now, SendFailure.refused("550 no such user"),
                    RetryPolicy.standard(), new java.util.Random(1)));
            case CANCELLED -> applied(pending.cancel(now, "undone"));
        };
    }
}
