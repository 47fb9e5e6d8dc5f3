package com.laca.application.records.service;

import com.laca.application.records.port.in.ClientDetailsCommand;
import com.laca.application.records.port.in.EditClientUseCase;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.identity.Permission;
import com.laca.domain.records.ClientChange;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.shared.ClientId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Creates, edits and archives client records for staff, appending who changed what and when to the history. */
public final class EditClientService implements EditClientUseCase {

    private final TransactionRunner tx;
    private final ClientProfileRepository profiles;
    private final Clock clock;

    public EditClientService(TransactionRunner tx, ClientProfileRepository profiles, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ClientProfile create(Caller caller, ClientDetailsCommand details) {
        caller.require(Permission.CLIENTS_MANAGE);
        Instant now = clock.instant();
        ClientProfile created = ClientDetailsCheck.create(ClientId.random(), caller.tenantId(), details, now);
        return tx.inTenant(caller.tenantId(), () -> {
            profiles.insert(created);
            profiles.append(ClientChange.created(created, caller.userId(), now));
            return created;
        });
    }

    @Override
    public ClientProfile edit(Caller caller, ClientId client, long expectedVersion, ClientDetailsCommand details) {
        caller.require(Permission.CLIENTS_MANAGE);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            ClientProfile before = current(client);
            if (profiles.version(client) != expectedVersion) {
                throw new VersionConflictException("client", client);
            }
            ClientProfile after = ClientDetailsCheck.apply(before, details, now);
            Optional<ClientChange> change = ClientChange.edited(before, after, caller.userId(), now);
            if (change.isPresent()) {
                profiles.update(after);
                profiles.append(change.get());
            }
            return after;
        });
    }

    @Override
    public ClientProfile setArchived(Caller caller, ClientId client, boolean archived) {
        caller.require(Permission.CLIENTS_MANAGE);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            ClientProfile before = current(client);
            ClientProfile after = archived ? before.archived() : before.reactivated();
            Optional<ClientChange> change = ClientChange.edited(before, after, caller.userId(), now);
            if (change.isPresent()) {
                profiles.update(after);
                profiles.append(change.get());
            }
            return after;
        });
    }

    private ClientProfile current(ClientId client) {
        ClientProfile profile = FindClientsService.load(profiles, client);
        if (profile.isMerged()) {
            throw new ConflictException("this client was merged into another; edit that one");
        }
        return profile;
    }
}
