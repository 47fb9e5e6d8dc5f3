package com.laca.application.records.service;

import com.laca.application.records.port.in.AccessAuditUseCase;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.shared.ClientId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Lists a client's access audit for the owner, with the entries of every client merged into it. */
public final class AccessAuditService implements AccessAuditUseCase {

    private final TransactionRunner tx;
    private final ClientProfileRepository profiles;
    private final AccessAuditRepository audit;

    public AccessAuditService(TransactionRunner tx, ClientProfileRepository profiles, AccessAuditRepository audit) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public List<AccessAuditEntry> entries(Caller caller, ClientId client) {
        caller.require(Permission.RECORDS_AUDIT);
        return tx.inTenant(caller.tenantId(), () -> {
            FindClientsService.load(profiles, client);
            List<AccessAuditEntry> entries = new ArrayList<>(audit.ofClient(client));
            for (ClientProfile absorbed : profiles.mergedInto(client)) {
                entries.addAll(audit.ofClient(absorbed.id()));
            }
            entries.sort(Comparator.comparing(AccessAuditEntry::at));
            return entries;
        });
    }
}
