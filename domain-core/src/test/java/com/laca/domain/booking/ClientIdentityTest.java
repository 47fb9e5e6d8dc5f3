package com.laca.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.TenantId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The client identity rule: a booking joins an existing client only on e-mail, date of birth and surname")
class ClientIdentityTest {

    private static final TenantId GLOW = TenantId.random();
    private static final LocalDate EMMA_BORN = LocalDate.of(1988, 3, 12);
    private static final Client EMMA = client("Emma", "Jones", "emma@example.com", "07700 900123", EMMA_BORN);

    private static Client client(String first, String last, String email, String phone, LocalDate born) {
        return new Client(ClientId.random(), GLOW, first, last, new EmailAddress(email), new PhoneNumber(phone), born);
    }

    @Test
    @DisplayName("Mallory Other, born 1970, booking with Emma Jones's e-mail is a new client flagged as a possible duplicate")
    void differentPersonSameEmail() {
        Client mallory = client("Mallory", "Other", "Emma@Example.com", "07911 123456", LocalDate.of(1970, 6, 1));

        ClientMatch match = ClientMatch.decide(mallory, List.of(EMMA));

        assertThat(match).isEqualTo(new ClientMatch.NewClient(mallory, List.of(EMMA.id())));
        assertThat(match.client().id()).isNotEqualTo(EMMA.id());
    }

    @Test
    @DisplayName("The same person booking again, with the surname typed differently, is the existing client")
    void samePerson() {
        for (String surname : List.of("Jones", "JONES", " jones ", "Jonés")) {
            Client again = client("Em", surname, "EMMA@example.com", "07999 000111", EMMA_BORN);

            assertThat(ClientMatch.decide(again, List.of(EMMA))).isEqualTo(new ClientMatch.Existing(EMMA));
        }
    }

    @Test
    @DisplayName("Same e-mail and surname but another date of birth (a daughter) is a new client, flagged")
    void otherDateOfBirth() {
        Client daughter = client("Emma", "Jones", "emma@example.com", "07700 900123", LocalDate.of(2008, 3, 12));

        assertThat(ClientMatch.decide(daughter, List.of(EMMA)))
                .isEqualTo(new ClientMatch.NewClient(daughter, List.of(EMMA.id())));
    }

    @Test
    @DisplayName("Same e-mail and date of birth but another surname is a new client, flagged")
    void otherSurname() {
        Client other = client("Emma", "Smith", "emma@example.com", "07700 900123", EMMA_BORN);

        assertThat(ClientMatch.decide(other, List.of(EMMA)))
                .isEqualTo(new ClientMatch.NewClient(other, List.of(EMMA.id())));
    }

    @Test
    @DisplayName("Sharing only a phone number flags; sharing nothing does not")
    void phoneOnly() {
        Client partner = client("Sam", "Jones", "sam@example.com", "07700 900123", LocalDate.of(1985, 1, 1));
        Client stranger = client("Ola", "Nowak", "ola@example.com", "07000 111222", LocalDate.of(1985, 1, 1));

        assertThat(ClientMatch.decide(partner, List.of(EMMA)))
                .isEqualTo(new ClientMatch.NewClient(partner, List.of(EMMA.id())));
        assertThat(ClientMatch.decide(stranger, List.of(EMMA)))
                .isEqualTo(new ClientMatch.NewClient(stranger, List.of()));
    }

    @Test
    @DisplayName("Surnames are compared without case, accents, apostrophes, spaces or hyphens")
    void surnameKey() {
        assertThat(ClientIdentity.surnameKey("O'Brien")).isEqualTo(ClientIdentity.surnameKey("o brien"))
                .isEqualTo("obrien");
        assertThat(ClientIdentity.surnameKey("Smith-Jones")).isEqualTo("smithjones");
        assertThat(ClientIdentity.surnameKey("Núñez")).isEqualTo("nunez");
        assertThat(ClientIdentity.surnameKey("Strauß")).isEqualTo("strauss");
        assertThat(ClientIdentity.surnameKey("-")).isEqualTo("-");
    }
}
