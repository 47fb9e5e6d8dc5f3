package com.laca.application.records.service;

import com.laca.application.records.port.in.LegalHoldsUseCase;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClinicalRecordPurgeRepository;
import com.laca.application.records.port.out.LegalHoldRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.LegalHold;
import com.laca.domain.records.LegalHoldId;
import com.laca.domain.shared.ClientId;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Places and releases legal holds in the caller's clinic with the same owner-only permissions as erasure, because
 * whoever may erase must not be able to lift what stops erasure without the same authority. Both first take the
 * retention job's lock on the client's record (the merge survivor's row), so a hold placed while the job purges that
 * record waits for the purge to end, and one committed first is read by the purge, which takes the same lock before it
 * reads the holds.
 */
public final class LegalHoldsService implements LegalHoldsUseCase {

    private final TransactionRunner tx;
    private final ClientProfileRepository profiles;
    private final LegalHoldRepository holds;
    private final ClinicalRecordPurgeRepository purges;
    private final Clock clock;

    public LegalHoldsService(TransactionRunner tx, ClientProfileRepository profiles, LegalHoldRepository holds,
                             ClinicalRecordPurgeRepository purges, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.holds = Objects.requireNonNull(holds, "holds");
        this.purges = Objects.requireNonNull(purges, "purges");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LegalHold place(Caller caller, ClientId client, String reason) {
        requireOwner(caller);
        LegalHold hold;
        try {
            hold = LegalHold.place(LegalHoldId.random(), reason, caller.userId(), clock.instant());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("reason", "give the reason for the hold (1-500 characters)");
        }
        return tx.inTenant(caller.tenantId(), () -> {
            lockRecordOf(client);
            holds.place(client, hold);
            return hold;
        });
    }

    @Override
    public LegalHold release(Caller caller, ClientId client, LegalHoldId id) {
        requireOwner(caller);
        return tx.inTenant(caller.tenantId(), () -> {
            lockRecordOf(client);
            LegalHold hold = holds.of(client).stream().filter(h -> h.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("legal hold", id));
            if (!hold.isActive()) {
                throw new ConflictException("legal hold " + id + " is already released");
            }
            LegalHold released = hold.release(caller.userId(), clock.instant());
            holds.release(released);
            return released;
        });
    }

    @Override
    public List<LegalHold> holds(Caller caller, ClientId client) {
        requireOwner(caller);
        return tx.inTenant(caller.tenantId(), () -> {
            FindClientsService.load(profiles, client);
            return holds.of(client);
        });
    }

    /**
     * Locks the row the retention job locks before it reads the holds: the client's, or its merge survivor's. The
     * survivor is found before the lock, so a merge that commits while this waits for it is followed to the row the
     * lock names, within the hops a merge chain may have.
     */
    private void lockRecordOf(ClientId client) {
        ClientProfile survivor = FindClientsService.survivorOf(profiles, client)
                .orElseThrow(() -> new NotFoundException("client", client));
        Optional<ClientId> mergedInto = purges.lock(survivor.id());
        for (int hop = 0; hop < FindClientsService.MAX_MERGE_HOPS && mergedInto.isPresent(); hop++) {
            mergedInto = purges.lock(mergedInto.get());
        }
    }

    private static void requireOwner(Caller caller) {
        caller.require(Permission.CLIENTS_MANAGE);
        caller.require(Permission.RECORDS_AUDIT);
    }
}
