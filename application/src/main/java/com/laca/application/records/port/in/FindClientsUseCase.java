package com.laca.application.records.port.in;

import com.laca.application.shared.Caller;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.domain.records.ClientAppointment;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClientSearchQuery;
import com.laca.domain.shared.ClientId;
import java.util.List;

/** Finding a client at the front desk and reading who they are and how their record changed ({@code CLIENTS_VIEW}). */
public interface FindClientsUseCase {

    /** One page of matching clients; merged clients never appear, archived ones only when asked for. */
    Page<ClientProfile> search(Caller caller, ClientSearchQuery query, boolean includeArchived, PageRequest page);

    /**
     * The client's profile.
     *
     * @throws com.laca.application.shared.NotFoundException if the client is not in the caller's clinic
     */
    ClientProfile get(Caller caller, ClientId client);

    /**
     * The client's current version, for an ETag; read it before the client, so a change in between makes the tag
     * stale (a 412 on the next edit), never newer than what was shown.
     *
     * @throws com.laca.application.shared.NotFoundException if the client is not in the caller's clinic
     */
    long version(Caller caller, ClientId client);

    /** Who changed what and when: the client's history combined with that of every client merged into it. */
    List<ClientChange> history(Caller caller, ClientId client);

    /**
     * The client's appointments, latest first, with those of every client merged into it ({@code clients:view} and
     * {@code appointments:view}).
     */
    List<ClientAppointment> appointments(Caller caller, ClientId client);
}
