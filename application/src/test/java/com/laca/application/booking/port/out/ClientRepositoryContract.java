package com.laca.application.booking.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.booking.Client;
import com.laca.domain.booking.ClientIdentity;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link ClientRepository} contract: one client per identity (e-mail, date of birth, surname) within a tenant,
 * several people per e-mail address, flags for possible duplicates, and nothing seen by another tenant.
 */
public abstract class ClientRepositoryContract extends BookingContractSupport {

    private static final Instant FLAGGED = Instant.parse("2026-06-10T09:00:00Z");

    private Client other(String first, String last, String email, String phone, LocalDate born) {
        return new Client(ClientId.random(), tenantA, first, last, new EmailAddress(email), new PhoneNumber(phone),
                born);
    }

    @Test
    @DisplayName("a client is found by identity: e-mail in any case, date of birth, surname folded; own tenant only")
    void findByIdentity() {
        ClientIdentity typed = new ClientIdentity(new EmailAddress("Ana.Client@Example.com"), client.dateOfBirth(),
                ClientIdentity.surnameKey("CLIENT"));

        assertThat(inA(() -> ports.clients().findByIdentity(typed))).contains(client);
        assertThat(inA(() -> ports.clients().findByIdentity(new ClientIdentity(client.email(),
                client.dateOfBirth().plusDays(1), "client")))).isEmpty();
        assertThat(inA(() -> ports.clients().findByIdentity(new ClientIdentity(client.email(),
                client.dateOfBirth(), "other")))).isEmpty();
        assertThat(inB(() -> ports.clients().findByIdentity(typed))).isEmpty();
    }

    @Test
    @DisplayName("a client is found by e-mail address (in any case), in its own tenant only")
    void findByEmail() {
        assertThat(inA(() -> ports.clients().findByEmail(new EmailAddress("Ana.Client@Example.com"))))
                .contains(client);
        assertThat(inA(() -> ports.clients().findByEmail(new EmailAddress("nobody@example.com")))).isEmpty();
        assertThat(inB(() -> ports.clients().findByEmail(client.email()))).isEmpty();
    }

    @Test
    @DisplayName("two people may share an e-mail address; both are found as sharing it, and a shared phone too")
    void sharedEmail() {
        Client mallory = other("Mallory", "Other", "ana.client@example.com", "07911 123456",
                LocalDate.of(1970, 6, 1));
        Client partner = other("Sam", "Partner", "sam@example.com", "07700 900123", LocalDate.of(1980, 1, 1));
        Client stranger = other("Ola", "Nowak", "ola@example.com", "07000 111222", LocalDate.of(1980, 1, 1));
        doInA(() -> {
            ports.clients().insert(mallory);
            ports.clients().insert(partner);
            ports.clients().insert(stranger);
        });

        assertThat(inA(() -> ports.clients().findSharingContact(client.email(), client.phone())))
                .containsExactlyInAnyOrder(client, mallory, partner);
        assertThat(inB(() -> ports.clients().findSharingContact(client.email(), client.phone()))).isEmpty();
    }

    @Test
    @DisplayName("a phone shared by many clients answers every client with the e-mail but only a few with the phone alone")
    void sharedPhoneCapped() {
        Client mallory = other("Mallory", "Other", "ana.client@example.com", "07911 123456",
                LocalDate.of(1970, 6, 1));
        List<Client> samePhone = IntStream.range(0, ClientRepository.SHARED_PHONE_LIMIT + 5)
                .mapToObj(i -> other("Sam", "Partner" + i, "sam" + i + "@example.com", "07700 900123",
                        LocalDate.of(1980, 1, 1)))
                .toList();
        doInA(() -> {
            ports.clients().insert(mallory);
            samePhone.forEach(ports.clients()::insert);
        });

        List<Client> found = inA(() -> ports.clients().findSharingContact(client.email(), client.phone()));

        assertThat(found).contains(client, mallory)
                .hasSize(2 + ClientRepository.SHARED_PHONE_LIMIT)
                .doesNotHaveDuplicates();
        assertThat(found).isSubsetOf(Stream.concat(Stream.of(client, mallory), samePhone.stream()).toList());
        assertThat(inA(() -> ports.clients().findSharingContact(client.email(), client.phone()))).isEqualTo(found);
    }

    @Test
    @DisplayName("several clients are found at once by id, skipping unknown ids")
    void findAll() {
        Client other = newClient("other@example.com");
        doInA(() -> ports.clients().insert(other));

        assertThat(inA(() -> ports.clients().findAll(List.of(client.id(), other.id(), ClientId.random()))))
                .containsExactlyInAnyOrder(client, other);
        assertThat(inA(() -> ports.clients().findAll(List.of()))).isEmpty();
        assertThat(inB(() -> ports.clients().findAll(List.of(client.id())))).isEmpty();
    }

    @Test
    @DisplayName("a second client with the same identity in one tenant is refused as identity taken")
    void uniqueIdentity() {
        Client again = other("Ana", "CLIENT", "ana.client@example.com", "07999 000111", client.dateOfBirth());

        assertThatThrownBy(() -> doInA(() -> ports.clients().insert(again)))
                .isInstanceOf(ClientIdentityTakenException.class);
    }

    @Test
    @DisplayName("possible duplicates are flagged once each, in the order flagged, and only in their tenant")
    void possibleDuplicates() {
        Client mallory = other("Mallory", "Other", "ana.client@example.com", "07911 123456",
                LocalDate.of(1970, 6, 1));
        Client twin = other("Anne", "Client", "ana.client@example.com", "07911 123457", LocalDate.of(1970, 6, 2));
        doInA(() -> {
            ports.clients().insert(mallory);
            ports.clients().insert(twin);
            ports.clients().flagPossibleDuplicates(mallory.id(), List.of(client.id()), FLAGGED);
        });
        doInA(() -> ports.clients().flagPossibleDuplicates(mallory.id(), List.of(client.id(), twin.id(),
                mallory.id()), FLAGGED.plusSeconds(60)));

        assertThat(inA(() -> ports.clients().possibleDuplicatesOf(mallory.id())))
                .containsExactly(client.id(), twin.id());
        assertThat(inA(() -> ports.clients().possibleDuplicatesOf(client.id()))).isEmpty();
        assertThat(inB(() -> ports.clients().possibleDuplicatesOf(mallory.id()))).isEmpty();
    }
}
