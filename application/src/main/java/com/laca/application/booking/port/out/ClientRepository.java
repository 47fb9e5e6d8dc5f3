package com.laca.application.booking.port.out;

import com.laca.domain.booking.Client;
import com.laca.domain.booking.ClientIdentity;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores the current tenant's clients, unique by {@link ClientIdentity} (e-mail, date of birth and surname key), so a
 * returning client keeps one record and two people sharing an e-mail address keep two.
 */
public interface ClientRepository {

    /**
     * How many clients sharing only the phone number {@link #findSharingContact} answers at most, so a phone shared by
     * many (a salon's, a parent's) does not make every booking read and flag all of them: the flags are a hint for
     * staff, never an identity merge.
     */
    int SHARED_PHONE_LIMIT = 20;

    /** The client with this identity, if any: the one a booking with these details belongs to. */
    Optional<Client> findByIdentity(ClientIdentity identity);

    /**
     * One client with this e-mail address (the same one each time: the lowest id), if any. Several people may share
     * an address: use {@link #findByIdentity} to find the client a booking belongs to.
     */
    Optional<Client> findByEmail(EmailAddress email);

    /**
     * The candidates of the identity rule: every client with this e-mail address, and of those with a different e-mail
     * address but this phone number at most {@link #SHARED_PHONE_LIMIT} (the same ones each time).
     */
    List<Client> findSharingContact(EmailAddress email, PhoneNumber phone);

    /** The clients among the ids that exist, in no particular order, for showing names on a calendar. */
    List<Client> findAll(Collection<ClientId> ids);

    /**
     * Stores a new client.
     *
     * @throws ClientIdentityTakenException if a client with the same identity was stored meanwhile
     */
    void insert(Client client);

    /**
     * Flags {@code client} as possibly the same person as each of {@code others}, for staff to check; flagging twice
     * changes nothing.
     *
     * @param at when the identity rule raised the flag
     */
    void flagPossibleDuplicates(ClientId client, Collection<ClientId> others, Instant at);

    /** The clients {@code client} is flagged as a possible duplicate of, oldest flag first. */
    List<ClientId> possibleDuplicatesOf(ClientId client);
}
