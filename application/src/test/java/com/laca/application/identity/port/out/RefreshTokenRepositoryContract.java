package com.laca.application.identity.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.PersistenceContract;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link RefreshTokenRepository} contract: hashes round-trip, rotation and revocation by family, by account and
 * of a whole tenant, each touching nothing else and never another tenant.
 */
public abstract class RefreshTokenRepositoryContract extends PersistenceContract {

    private static final Instant ISSUED = Instant.parse("2026-03-01T09:15:30.123456Z");

    private static StoredRefreshToken token(TenantId tenant, UserId user, UUID family) {
        return new StoredRefreshToken(UUID.randomUUID(), tenant, user, family, UUID.randomUUID().toString(), ISSUED,
                ISSUED.plusSeconds(86_400), ISSUED.plusSeconds(30 * 86_400), null, null);
    }

    @Test
    @DisplayName("a token reads back by hash with every field")
    void roundTrip() {
        StaffAccount account = storedAccount(tenantA);
        StoredRefreshToken token = token(tenantA, account.id(), UUID.randomUUID());
        doInA(() -> ports.refreshTokens().insert(token));

        assertThat(inA(() -> ports.refreshTokens().findByHashForUpdate(token.tokenHash()))).contains(token);
        assertThat(inA(() -> ports.refreshTokens().findByHashForUpdate("no-such-hash"))).isEmpty();
    }

    @Test
    @DisplayName("rotation marks one token; revoking a family marks all of it and nothing else")
    void rotateAndRevoke() {
        StaffAccount account = storedAccount(tenantA);
        UUID family = UUID.randomUUID();
        StoredRefreshToken first = token(tenantA, account.id(), family);
        StoredRefreshToken second = token(tenantA, account.id(), family);
        StoredRefreshToken other = token(tenantA, account.id(), UUID.randomUUID());
        doInA(() -> {
            ports.refreshTokens().insert(first);
            ports.refreshTokens().insert(second);
            ports.refreshTokens().insert(other);
        });
        Instant rotated = ISSUED.plusSeconds(60);
        Instant revoked = ISSUED.plusSeconds(120);

        doInA(() -> ports.refreshTokens().markRotated(first.id(), rotated));
        doInA(() -> ports.refreshTokens().revokeFamily(family, revoked));

        StoredRefreshToken firstNow = inA(() -> ports.refreshTokens().findByHashForUpdate(first.tokenHash()))
                .orElseThrow();
        assertThat(firstNow.rotatedAt()).isEqualTo(rotated);
        assertThat(firstNow.revokedAt()).isEqualTo(revoked);
        assertThat(inA(() -> ports.refreshTokens().findByHashForUpdate(second.tokenHash()))).get()
                .extracting(StoredRefreshToken::revokedAt).isEqualTo(revoked);
        assertThat(inA(() -> ports.refreshTokens().findByHashForUpdate(other.tokenHash()))).contains(other);
    }

    @Test
    @DisplayName("a hash is stored once; a token must belong to one of the tenant's own accounts")
    void conflicts() {
        StaffAccount account = storedAccount(tenantA);
        StoredRefreshToken token = token(tenantA, account.id(), UUID.randomUUID());
        doInA(() -> ports.refreshTokens().insert(token));
        StoredRefreshToken sameHash = new StoredRefreshToken(UUID.randomUUID(), tenantA, account.id(),
                UUID.randomUUID(), token.tokenHash(), ISSUED, ISSUED.plusSeconds(60), ISSUED.plusSeconds(60), null,
                null);

        assertThatThrownBy(() -> doInA(() -> ports.refreshTokens().insert(sameHash)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> doInB(() -> ports.refreshTokens().insert(token(tenantB, account.id(),
                UUID.randomUUID())))).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("another tenant can neither find nor rotate the token, nor revoke its family")
    void tenantIsolation() {
        StaffAccount account = storedAccount(tenantA);
        StoredRefreshToken token = token(tenantA, account.id(), UUID.randomUUID());
        doInA(() -> ports.refreshTokens().insert(token));

        assertThat(inB(() -> ports.refreshTokens().findByHashForUpdate(token.tokenHash()))).isEmpty();
        assertThatThrownBy(() -> doInB(() -> ports.refreshTokens().markRotated(token.id(), ISSUED)))
                .isInstanceOf(NotFoundException.class);
        doInB(() -> ports.refreshTokens().revokeFamily(token.familyId(), ISSUED));
        assertThat(inA(() -> ports.refreshTokens().findByHashForUpdate(token.tokenHash()))).contains(token);
    }

    @Test
    @DisplayName("revoking an account's tokens revokes every family of that account and nothing of another account")
    void revokeAllOfAnAccount() {
        StaffAccount account = storedAccount(tenantA);
        StaffAccount colleague = storedAccount(tenantA);
        StoredRefreshToken phone = token(tenantA, account.id(), UUID.randomUUID());
        StoredRefreshToken tablet = token(tenantA, account.id(), UUID.randomUUID());
        StoredRefreshToken theirs = token(tenantA, colleague.id(), UUID.randomUUID());
        doInA(() -> List.of(phone, tablet, theirs).forEach(ports.refreshTokens()::insert));
        Instant revoked = ISSUED.plusSeconds(300);

        doInA(() -> ports.refreshTokens().revokeAllOf(account.id(), revoked));

        assertThat(List.of(phone, tablet)).allSatisfy(t -> assertThat(inA(() -> ports.refreshTokens()
                .findByHashForUpdate(t.tokenHash()))).get().extracting(StoredRefreshToken::revokedAt)
                .isEqualTo(revoked));
        assertThat(inA(() -> ports.refreshTokens().findByHashForUpdate(theirs.tokenHash()))).contains(theirs);
    }

    @Test
    @DisplayName("revoking all of a tenant's tokens keeps earlier revocations' moments and leaves other tenants alone")
    void revokeAllOfATenant() {
        StaffAccount account = storedAccount(tenantA);
        StaffAccount other = storedAccount(tenantB);
        StoredRefreshToken open = token(tenantA, account.id(), UUID.randomUUID());
        StoredRefreshToken loggedOut = token(tenantA, account.id(), UUID.randomUUID());
        StoredRefreshToken elsewhere = token(tenantB, other.id(), UUID.randomUUID());
        doInA(() -> List.of(open, loggedOut).forEach(ports.refreshTokens()::insert));
        doInB(() -> ports.refreshTokens().insert(elsewhere));
        doInA(() -> ports.refreshTokens().revokeFamily(loggedOut.familyId(), ISSUED.plusSeconds(10)));

        doInA(() -> ports.refreshTokens().revokeAll(ISSUED.plusSeconds(20)));

        assertThat(inA(() -> ports.refreshTokens().findByHashForUpdate(open.tokenHash()))).get()
                .extracting(StoredRefreshToken::revokedAt).isEqualTo(ISSUED.plusSeconds(20));
        assertThat(inA(() -> ports.refreshTokens().findByHashForUpdate(loggedOut.tokenHash()))).get()
                .extracting(StoredRefreshToken::revokedAt).isEqualTo(ISSUED.plusSeconds(10));
        assertThat(inB(() -> ports.refreshTokens().findByHashForUpdate(elsewhere.tokenHash()))).contains(elsewhere);
    }
}
