package com.laca.adapter.inmemory.identity;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.identity.port.out.OneTimeTokenRepository;
import com.laca.application.identity.port.out.StoredOneTimeToken;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Keeps invitation and reset-token hashes in memory. */
public final class InMemoryOneTimeTokenRepository implements OneTimeTokenRepository {

    private final TenantTable<UUID, StoredOneTimeToken> table;
    private final InMemoryStaffAccountRepository accounts;

    public InMemoryOneTimeTokenRepository(InMemoryTransactionRunner tx, InMemoryStaffAccountRepository accounts) {
        this.table = new TenantTable<>(tx);
        this.accounts = accounts;
    }

    @Override
    public void insert(StoredOneTimeToken token) {
        if (!token.tenantId().equals(table.tenant())) {
            throw new IllegalArgumentException("the record belongs to another tenant than the transaction");
        }
        if (table.find(token.id()).isPresent() || findByHashForUpdate(token.tokenHash()).isPresent()) {
            throw new ConflictException("the one-time token already exists");
        }
        accounts.requireExists(token.userId());
        table.put(token.id(), token);
    }

    @Override
    public Optional<StoredOneTimeToken> findByHashForUpdate(String tokenHash) {
        return table.values().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public void markUsed(UUID tokenId, Instant at) {
        StoredOneTimeToken t = table.find(tokenId).orElseThrow(() -> new NotFoundException("one-time token", tokenId));
        table.put(tokenId, new StoredOneTimeToken(t.id(), t.tenantId(), t.userId(), t.tokenHash(), t.expiresAt(), at));
    }
}
