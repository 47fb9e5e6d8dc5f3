package com.laca.domain.booking;

import com.laca.domain.shared.EmailAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.TenantId;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A client is found again by e-mail, date of birth and surname within a clinic business")
class ClientTest {

    private static final TenantId GLOW = TenantId.random();
    private static final LocalDate BIRTHDAY = LocalDate.of(1990, 4, 15);

    private static Client anna() {
        return new Client(ClientId.random(), GLOW, " Anna ", "Smith", new EmailAddress("Anna.Smith@Example.COM "),
                new PhoneNumber("07700 900123"), BIRTHDAY);
    }

    @Test
    @DisplayName("E-mail addresses are compared without regard to case or surrounding spaces")
    void emailNormalised() {
        assertThat(anna().email().value()).isEqualTo("anna.smith@example.com");
        assertThat(anna().matches(GLOW, new ClientIdentity(new EmailAddress("ANNA.SMITH@example.com"), BIRTHDAY,
                "smith"))).isTrue();
    }

    @Test
    @DisplayName("The same e-mail in another clinic business is a different client")
    void tenantScoped() {
        assertThat(anna().matches(TenantId.random(), ClientIdentity.of(anna()))).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "anna", "anna@", "@example.com", "anna@example", "an na@example.com", "a@b@c.com"})
    @DisplayName("Things that are not e-mail addresses are refused")
    void badEmails(String text) {
        assertThat(EmailAddress.isValid(text)).isFalse();
        assertThatThrownBy(() -> new EmailAddress(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("UK phone numbers are stored in international form")
    void phoneNormalised() {
        assertThat(anna().phone().value()).isEqualTo("+447700900123");
        assertThat(new PhoneNumber("+44 (0)7700-900.123".replace("(0)", "")).value()).isEqualTo("+447700900123");
        assertThat(new PhoneNumber("0033 1 23 45 67 89").value()).isEqualTo("+33123456789");
        assertThatThrownBy(() -> new PhoneNumber("12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhoneNumber("07700 CALL ME")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Names are trimmed and must not be blank")
    void names() {
        assertThat(anna().firstName()).isEqualTo("Anna");
        assertThatThrownBy(() -> new Client(ClientId.random(), GLOW, " ", "Smith", new EmailAddress("a@b.co"),
                new PhoneNumber("07700900123"), BIRTHDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Age is counted on a date passed in: 17 the day before the 18th birthday, 18 on it")
    void age() {
        Client client = anna();

        assertThat(client.ageOn(LocalDate.of(2008, 4, 14))).isEqualTo(17);
        assertThat(client.ageOn(LocalDate.of(2008, 4, 15))).isEqualTo(18);
        assertThatThrownBy(() -> client.ageOn(LocalDate.of(1980, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("A returning client may update name, phone and birth date; the id and e-mail stay")
    void updateDetails() {
        Client client = anna();

        Client updated = client.withDetails("Annie", "Jones", new PhoneNumber("07700 900999"), BIRTHDAY);

        assertThat(updated.id()).isEqualTo(client.id());
        assertThat(updated.email()).isEqualTo(client.email());
        assertThat(updated.lastName()).isEqualTo("Jones");
    }
}
