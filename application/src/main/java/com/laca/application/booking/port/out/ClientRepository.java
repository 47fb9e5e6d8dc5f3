package com.laca.application.booking.port.out;

import com.laca.domain.booking.Client;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores the current tenant's clients, matched by e-mail so a returning client keeps one record. */
public interface ClientRepository {

    Optional<Client> findByEmail(EmailAddress email);

    /** The clients among the ids that exist, in no particular order, for showing names on a calendar. */
    List<Client> findAll(Collection<ClientId> ids);

    /**
     * Stores a new client.
     *
     * @throws com.laca.application.shared.ConflictException if a client with that e-mail was stored meanwhile
     */
    void insert(Client client);
}
