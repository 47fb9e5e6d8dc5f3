package com.laca.application.notification.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.notification.Facts;
import com.laca.domain.notification.Initiator;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.Topic;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A request to enqueue a message is checked in the caller's transaction")
class EnqueueNotificationCommandTest {

    private static final TenantId TENANT = TenantId.random();
    private static final MessageFacts RESET = MessageFacts.builder()
            .text(Facts.STAFF_NAME, "Sam")
            .link(Facts.RESET_LINK, URI.create("https://app.example/reset/x"))
            .moment(Facts.LINK_EXPIRES_AT, Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/London"))
            .build();

    @Test
    @DisplayName("a password reset for a member of staff, with its facts, is accepted")
    void accepted() {
        EnqueueNotificationCommand command = new EnqueueNotificationCommand(TENANT, MessageKind.PASSWORD_RESET,
                new Addressee.Staff(UserId.random(), new EmailAddress("sam@clinic.example")), Optional.empty(),
                Initiator.SYSTEM, RESET);

        assertThat(command.kind()).isEqualTo(MessageKind.PASSWORD_RESET);
    }

    @Test
    @DisplayName("a confirmation without its manage link is refused, naming what is missing")
    void missingFacts() {
        assertThatThrownBy(() -> new EnqueueNotificationCommand(TENANT, MessageKind.BOOKING_CONFIRMED,
                new Addressee.Client(ClientId.random()), Optional.of(Topic.appointment(AppointmentId.random())),
                Initiator.CLIENT, MessageFacts.builder().text(Facts.CLIENT_FIRST_NAME, "Emma").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Facts.MANAGE_LINK);
    }

    @Test
    @DisplayName("a staff message cannot be addressed to a client, nor a client message to staff")
    void audienceMustMatch() {
        assertThatThrownBy(() -> new EnqueueNotificationCommand(TENANT, MessageKind.PASSWORD_RESET,
                new Addressee.Client(ClientId.random()), Optional.empty(), Initiator.SYSTEM, RESET))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
