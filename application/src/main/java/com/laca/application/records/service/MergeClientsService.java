package com.laca.application.records.service;

import com.laca.application.records.port.in.MergeClientsUseCase;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClinicalRecordPurgeRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.records.ClientField;
import com.laca.domain.records.ClientMerger;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.MergeRequest;
import com.laca.domain.records.MergeResult;
import com.laca.domain.records.MergeSide;
import com.laca.domain.shared.ClientId;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Merges two records of one person by the domain's rules (both kept, both histories kept) or clears a wrong
 * possible-duplicate flag, in one transaction. A merge first takes the retention job's lock on both clients, in the
 * order of their ids so two merges of the same pair cannot deadlock, and reads them only then: a purge of either that
 * holds the lock ends before the merge reads the records, and a purge that waits for the merge's lock finds, under it,
 * that its client was merged meanwhile and leaves that client to the survivor's turn. The lock's answer is not needed
 * here, since nothing was read before it and the merge rules refuse a client already merged.
 */
public final class MergeClientsService implements MergeClientsUseCase {

    private final TransactionRunner tx;
    private final ClientProfileRepository profiles;
    private final ClinicalRecordPurgeRepository purges;
    private final Clock clock;

    public MergeClientsService(TransactionRunner tx, ClientProfileRepository profiles,
                               ClinicalRecordPurgeRepository purges, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.purges = Objects.requireNonNull(purges, "purges");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public MergeResult merge(Caller caller, ClientId survivor, ClientId absorbed,
                             Map<ClientField, MergeSide> choices) {
        caller.require(Permission.CLIENTS_MANAGE);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            Stream.of(survivor, absorbed).distinct().sorted(Comparator.comparing(ClientId::toString))
                    .forEach(purges::lock);
            MergeResult result = ClientMerger.merge(new MergeRequest(FindClientsService.load(profiles, survivor),
                    FindClientsService.load(profiles, absorbed), choices), caller.userId(), now);
            if (result instanceof MergeResult.Merged merged) {
                profiles.update(merged.absorbed());
                profiles.update(merged.survivor());
                profiles.append(merged.absorbedEntry());
                profiles.append(merged.survivorEntry());
            }
            return result;
        });
    }

    @Override
    public ClientProfile notADuplicate(Caller caller, ClientId client, ClientId other) {
        caller.require(Permission.CLIENTS_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            ClientProfile profile = FindClientsService.load(profiles, client).withoutPossibleDuplicate(other);
            profiles.update(profile);
            profiles.find(other).ifPresent(o -> profiles.update(o.withoutPossibleDuplicate(client)));
            return profile;
        });
    }
}
