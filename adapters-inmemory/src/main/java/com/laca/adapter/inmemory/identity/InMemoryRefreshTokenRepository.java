package com.laca.adapter.inmemory.identity;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.identity.port.out.RefreshTokenRepository;
import com.laca.application.identity.port.out.StoredRefreshToken;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** Keeps refresh-token hashes in memory; the single transaction lock stands in for the row lock. */
public final class InMemoryRefreshTokenRepository implements RefreshTokenRepository {

    private final TenantTable<UUID, StoredRefreshToken> table;
    private final InMemoryStaffAccountRepository accounts;

    public InMemoryRefreshTokenRepository(InMemoryTransactionRunner tx, InMemoryStaffAccountRepository accounts) {
        this.table = new TenantTable<>(tx);
        this.accounts = accounts;
    }

    @Override
    public void insert(StoredRefreshToken token) {
        if (!token.tenantId().equals(table.tenant())) {
            throw new IllegalArgumentException("the record belongs to another tenant than the transaction");
        }
        if (table.find(token.id()).isPresent() || findByHashForUpdate(token.tokenHash()).isPresent()) {
            throw new ConflictException("the refresh token already exists");
        }
        accounts.requireExists(token.userId());
        table.put(token.id(), token);
    }

    @Override
    public Optional<StoredRefreshToken> findByHashForUpdate(String tokenHash) {
        return table.values().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public void markRotated(UUID tokenId, Instant at) {
        StoredRefreshToken t = table.find(tokenId).orElseThrow(() -> new NotFoundException("refresh token", tokenId));
        table.put(tokenId, new StoredRefreshToken(t.id(), t.tenantId(), t.userId(), t.familyId(), t.tokenHash(),
                t.issuedAt(), t.expiresAt(), t.sessionExpiresAt(), at, t.revokedAt()));
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        revokeWhere(t -> t.familyId().equals(familyId), at);
    }

    @Override
    public void revokeAllOf(UserId account, Instant at) {
        revokeWhere(t -> t.userId().equals(account), at);
    }

    @Override
    public void revokeAll(Instant at) {
        revokeWhere(t -> true, at);
    }

    private void revokeWhere(Predicate<StoredRefreshToken> which, Instant at) {
        table.values().filter(t -> which.test(t) && t.revokedAt() == null)
                .forEach(t -> table.put(t.id(), new StoredRefreshToken(t.id(), t.tenantId(), t.userId(),
                        t.familyId(), t.tokenHash(), t.issuedAt(), t.expiresAt(), t.sessionExpiresAt(),
                        t.rotatedAt(), at)));
    }
}
