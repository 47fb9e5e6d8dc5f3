package com.laca.domain.booking;

import com.laca.domain.shared.ClientId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What the client identity rule decides for the details typed at a booking: the existing client with the same
 * {@link ClientIdentity}, or a new client flagged as a possible duplicate of every client who shares its e-mail
 * address or phone number; people are never merged silently, staff merge them after checking.
 */
public sealed interface ClientMatch {

    /** The client the booking goes to. */
    Client client();

    /** The booking is for this existing client: e-mail, date of birth and surname all agree. */
    record Existing(Client client) implements ClientMatch {
        public Existing {
            Objects.requireNonNull(client, "client");
        }
    }

    /**
     * The booking is for a new client; {@code possibleDuplicateOf} lists the clients sharing an e-mail address or a
     * phone number with it, for staff to check (empty when none does).
     */
    record NewClient(Client client, List<ClientId> possibleDuplicateOf) implements ClientMatch {
        public NewClient {
            Objects.requireNonNull(client, "client");
            possibleDuplicateOf = List.copyOf(possibleDuplicateOf);
        }
    }

    /**
     * Applies the rule to the typed details against the clients of the same tenant that share their e-mail address
     * or phone number (others are ignored).
     *
     * @param typed a new client record built from the booking's details
     * @param known the tenant's clients with the same e-mail address or phone number
     */
    static ClientMatch decide(Client typed, Collection<Client> known) {
        ClientIdentity identity = ClientIdentity.of(typed);
        List<Client> sameTenant = known.stream().filter(client -> client.tenant().equals(typed.tenant())).toList();
        return sameTenant.stream().filter(client -> ClientIdentity.of(client).equals(identity))
                .<ClientMatch>map(Existing::new).findFirst()
                .orElseGet(() -> new NewClient(typed, sameTenant.stream()
                        .filter(client -> client.email().equals(typed.email()) || client.phone().equals(typed.phone()))
                        .map(Client::id).toList()));
    }
}
