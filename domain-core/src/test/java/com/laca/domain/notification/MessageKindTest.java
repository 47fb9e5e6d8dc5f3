package com.laca.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Kinds of message: the standard ones, and how consent and the academy add theirs")
class MessageKindTest {

    private static final MessageKind CONSENT_REQUEST = MessageKind.define("consent-request", Audience.CLIENT,
            Purpose.TRANSACTIONAL, Set.of(Channel.EMAIL, Channel.SMS), Set.of(),
            Set.of(Facts.CLIENT_FIRST_NAME, "link.consent"));
    private static final MessageKind CERTIFICATE_ISSUED = MessageKind.define("certificate-issued", Audience.CLIENT,
            Purpose.TRANSACTIONAL, Set.of(Channel.EMAIL), Set.of(), Set.of("learner.name", "link.certificate"));

    @Test
    @DisplayName("Every kind the issue lists is there, and every client booking message carries the manage link")
    void standardKinds() {
        assertThat(MessageKind.STANDARD).extracting(MessageKind::code).containsExactly("booking-confirmed",
                "hold-awaiting-deposit", "booking-rescheduled", "booking-cancelled-by-client",
                "booking-cancelled-by-clinic", "deposit-received", "refund-issued", "appointment-reminder",
                "staff-invitation", "password-reset");
        MessageKind.STANDARD.stream().filter(kind -> kind.audience() == Audience.CLIENT)
                .forEach(kind -> assertThat(kind.requiredFacts()).contains(Facts.MANAGE_LINK));
    }

    @Test
    @DisplayName("Consent and the academy register their kinds; a stored code is read back to its kind")
    void extension() {
        MessageKindCatalogue catalogue = MessageKindCatalogue.standard().with(CONSENT_REQUEST, CERTIFICATE_ISSUED);

        assertThat(catalogue.find("consent-request")).contains(CONSENT_REQUEST);
        assertThat(catalogue.find("booking-confirmed")).contains(MessageKind.BOOKING_CONFIRMED);
        assertThat(catalogue.find("no-such-kind")).isEmpty();
        assertThat(catalogue.all()).hasSize(12);
    }

    @Test
    @DisplayName("Two areas cannot claim the same code")
    void codesAreUnique() {
        MessageKind impostor = MessageKind.define("booking-confirmed", Audience.CLIENT, Purpose.TRANSACTIONAL,
                Set.of(Channel.EMAIL), Set.of(), Set.of());

        assertThatThrownBy(() -> MessageKindCatalogue.standard().with(impostor))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already taken");
    }

    @Test
    @DisplayName("A kind carrying a sign-in secret, or addressed to staff, can never go by SMS")
    void secretsNeverBySms() {
        assertThatThrownBy(() -> MessageKind.define("magic-link", Audience.CLIENT, Purpose.TRANSACTIONAL,
                Set.of(Channel.SMS), Set.of(MessageKind.Trait.CARRIES_SECRET), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageKind.define("rota-change", Audience.STAFF, Purpose.TRANSACTIONAL,
                Set.of(Channel.EMAIL, Channel.SMS), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Fact names are dotted words; a name cannot also be the parent of another")
    void factNames() {
        assertThatThrownBy(() -> MessageFacts.requireKey("Client Name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageFacts.builder().text("client", "Emma").text("client.firstName", "Emma")
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot also have parts");
        assertThatThrownBy(() -> MessageKind.define("Bad Code", Audience.CLIENT, Purpose.TRANSACTIONAL,
                Set.of(Channel.EMAIL), Set.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
