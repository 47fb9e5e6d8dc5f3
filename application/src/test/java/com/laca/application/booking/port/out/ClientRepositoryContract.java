package com.laca.application.booking.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.ConflictException;
import com.laca.domain.booking.Client;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link ClientRepository} contract: one client per e-mail address within a tenant, never seen by another. */
public abstract class ClientRepositoryContract extends BookingContractSupport {

    @Test
    @DisplayName("a client is found by e-mail address (in any case), in its own tenant only")
    void findByEmail() {
        assertThat(inA(() -> ports.clients().findByEmail(new EmailAddress("Ana.Client@Example.com"))))
                .contains(client);
        assertThat(inA(() -> ports.clients().findByEmail(new EmailAddress("nobody@example.com")))).isEmpty();
        assertThat(inB(() -> ports.clients().findByEmail(client.email()))).isEmpty();
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
    @DisplayName("a second client with the same e-mail address in one tenant is a conflict")
    void uniqueEmail() {
        assertThatThrownBy(() -> doInA(() -> ports.clients().insert(newClient("ana.client@example.com"))))
                .isInstanceOf(ConflictException.class);
    }
}
