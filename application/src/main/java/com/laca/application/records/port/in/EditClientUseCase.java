package com.laca.application.records.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.shared.ClientId;

/** Creating, correcting and archiving a client record by staff ({@code CLIENTS_MANAGE}), each change in history. */
public interface EditClientUseCase {

    /**
     * A new client, its creation recorded.
     *
     * @throws com.laca.application.shared.InvalidInputException naming the first wrong field
     * @throws com.laca.application.shared.ConflictException     if a client with the same e-mail, date of birth and
     *                                                           surname exists
     */
    ClientProfile create(Caller caller, ClientDetailsCommand details);

    /**
     * The client with the details replaced, the changed fields recorded; an unchanged form records nothing.
     *
     * @param expectedVersion the version the caller last read ({@link FindClientsUseCase#version})
     * @throws com.laca.application.shared.ConflictException if the client was merged into another
     * @throws com.laca.application.shared.VersionConflictException if the client changed since that version
     */
    ClientProfile edit(Caller caller, ClientId client, long expectedVersion, ClientDetailsCommand details);

    /** The client archived (kept, left out of everyday searches) or active again. */
    ClientProfile setArchived(Caller caller, ClientId client, boolean archived);
}
