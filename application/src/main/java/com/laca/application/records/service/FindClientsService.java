package com.laca.application.records.service;

import com.laca.application.records.port.in.FindClientsUseCase;
import com.laca.application.records.port.out.ClientAppointmentHistory;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.records.ClientAppointment;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientHistory;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClientSearchQuery;
import com.laca.domain.shared.ClientId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Searches clients and reads one client's profile and combined history, in the caller's clinic only. */
public final class FindClientsService implements FindClientsUseCase {

    /** How many merges a client's record is followed through at most. */
    static final int MAX_MERGE_HOPS = 10;

    private final TransactionRunner tx;
    private final ClientProfileRepository profiles;
    private final ClientAppointmentHistory appointments;

    public FindClientsService(TransactionRunner tx, ClientProfileRepository profiles,
                              ClientAppointmentHistory appointments) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.appointments = Objects.requireNonNull(appointments, "appointments");
    }

    @Override
    public Page<ClientProfile> search(Caller caller, ClientSearchQuery query, boolean includeArchived,
                                      PageRequest page) {
        caller.require(Permission.CLIENTS_VIEW);
        return tx.inTenant(caller.tenantId(), () -> profiles.search(query, includeArchived, page));
    }

    @Override
    public ClientProfile get(Caller caller, ClientId client) {
        caller.require(Permission.CLIENTS_VIEW);
        return tx.inTenant(caller.tenantId(), () -> load(profiles, client));
    }

    @Override
    public long version(Caller caller, ClientId client) {
        caller.require(Permission.CLIENTS_VIEW);
        return tx.inTenant(caller.tenantId(), () -> profiles.version(client));
    }

    @Override
    public List<ClientChange> history(Caller caller, ClientId client) {
        caller.require(Permission.CLIENTS_VIEW);
        return tx.inTenant(caller.tenantId(), () -> {
            load(profiles, client);
            ClientHistory history = new ClientHistory(profiles.history(client));
            for (ClientProfile absorbed : profiles.mergedInto(client)) {
                history = history.combinedWith(new ClientHistory(profiles.history(absorbed.id())));
            }
            return history.changes();
        });
    }

    @Override
    public List<ClientAppointment> appointments(Caller caller, ClientId client) {
        caller.require(Permission.CLIENTS_VIEW);
        caller.require(Permission.APPOINTMENTS_VIEW);
        return tx.inTenant(caller.tenantId(), () -> {
            load(profiles, client);
            List<ClientId> ids = new ArrayList<>();
            ids.add(client);
            profiles.mergedInto(client).forEach(absorbed -> ids.add(absorbed.id()));
            return appointments.of(ids);
        });
    }

    static ClientProfile load(ClientProfileRepository profiles, ClientId client) {
        return profiles.find(client).orElseThrow(() -> new NotFoundException("client", client));
    }

    /**
     * The client whose record this one's entries belong to: itself, or the client it was merged into, following at
     * most {@value #MAX_MERGE_HOPS} merges (as the booking area's client lookup does), so a damaged chain can never
     * loop forever.
     */
    static Optional<ClientProfile> survivorOf(ClientProfileRepository profiles, ClientId client) {
        Optional<ClientProfile> profile = profiles.find(client);
        for (int hop = 0; hop < MAX_MERGE_HOPS && profile.flatMap(ClientProfile::mergedInto).isPresent(); hop++) {
            profile = profiles.find(profile.get().mergedInto().get());
        }
        return profile;
    }
}
