package com.laca.application.records.port.out;

import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClientSearchQuery;
import com.laca.domain.shared.ClientId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores the current tenant's client profiles (the same clients a booking finds or creates) with their search keys
 * and their append-only edit history, so staff can find, edit, archive and merge clients.
 */
public interface ClientProfileRepository {

    /** The profile, with its possible-duplicate flags, if it exists in the current tenant. */
    Optional<ClientProfile> find(ClientId client);

    /**
     * The stored version of the client's row, which every change moves on; what an HTTP ETag carries, so two people
     * editing one client cannot silently overwrite each other.
     *
     * @throws com.laca.application.shared.NotFoundException if there is no such client in the current tenant
     */
    long version(ClientId client);

    /** The clients merged into {@code survivor}, directly or through another merge. */
    List<ClientProfile> mergedInto(ClientId survivor);

    /**
     * One page of the clients matching every criterion, by last name, first name and id; merged clients never,
     * archived ones only when asked for.
     */
    Page<ClientProfile> search(ClientSearchQuery query, boolean includeArchived, PageRequest page);

    /**
     * Stores a new client.
     *
     * @throws com.laca.application.booking.port.out.ClientIdentityTakenException if a client with the same e-mail,
     *                                                                            date of birth and surname exists
     */
    void insert(ClientProfile profile);

    /**
     * Stores the profile's new state, its search keys and flags recomputed.
     *
     * @throws com.laca.application.booking.port.out.ClientIdentityTakenException if the change would make it another
     *                                                                            client's identity
     */
    void update(ClientProfile profile);

    /** Appends an entry to the client's history; entries are never changed or removed. */
    void append(ClientChange change);

    /** The client's history entries, oldest first. */
    List<ClientChange> history(ClientId client);

    /** Whether any of these clients has a history entry, asked without reading the entries. */
    boolean hasHistory(Collection<ClientId> clients);
}
