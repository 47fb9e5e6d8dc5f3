package com.laca.application.booking.service;

import com.laca.application.booking.port.out.ClientRepository;
import com.laca.domain.booking.Client;
import com.laca.domain.booking.ClientMatch;
import java.time.Instant;

/**
 * Applies the client identity rule inside a booking's transaction: the existing client with the same e-mail, date
 * of birth and surname, or the new client stored and flagged as a possible duplicate of those sharing its e-mail or
 * (up to {@link com.laca.application.booking.port.out.ClientRepository#SHARED_PHONE_LIMIT} of them) its phone; never a
 * silent merge.
 */
final class ClientIdentification {

    private ClientIdentification() {
    }

    /**
     * The client the booking belongs to, stored if new.
     *
     * @throws com.laca.application.booking.port.out.ClientIdentityTakenException if a concurrent booking stored the
     *                                                                            same person first
     */
    static Client identify(ClientRepository clients, Client typed, Instant now) {
        ClientMatch match = ClientMatch.decide(typed, clients.findSharingContact(typed.email(), typed.phone()));
        if (match instanceof ClientMatch.NewClient created) {
            clients.insert(created.client());
            if (!created.possibleDuplicateOf().isEmpty()) {
                clients.flagPossibleDuplicates(created.client().id(), created.possibleDuplicateOf(), now);
            }
        }
        return match.client();
    }
}
