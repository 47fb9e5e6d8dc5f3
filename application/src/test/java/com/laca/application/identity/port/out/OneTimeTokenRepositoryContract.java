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
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link OneTimeTokenRepository} contract: hashes round-trip and are used once, per tenant. */
public abstract class OneTimeTokenRepositoryContract extends PersistenceContract {

    private static final Instant EXPIRES = Instant.parse("2026-03-08T09:15:30.654321Z");

    private static StoredOneTimeToken token(TenantId tenant, UserId user) {
        return new StoredOneTimeToken(UUID.randomUUID(), tenant, user, UUID.randomUUID().toString(), EXPIRES, null);
    }

    @Test
    @DisplayName("a token reads back by hash with every field, and is marked used")
    void roundTripAndUse() {
        StaffAccount account = storedAccount(tenantA);
        StoredOneTimeToken token = token(tenantA, account.id());
        doInA(() -> ports.oneTimeTokens().insert(token));

        assertThat(inA(() -> ports.oneTimeTokens().findByHashForUpdate(token.tokenHash()))).contains(token);
        Instant used = EXPIRES.minusSeconds(3_600);
        doInA(() -> ports.oneTimeTokens().markUsed(token.id(), used));
        assertThat(inA(() -> ports.oneTimeTokens().findByHashForUpdate(token.tokenHash()))).get()
                .extracting(StoredOneTimeToken::usedAt).isEqualTo(used);
    }

    @Test
    @DisplayName("a hash is stored once; a token must belong to one of the tenant's own accounts")
    void conflicts() {
        StaffAccount account = storedAccount(tenantA);
        StoredOneTimeToken token = token(tenantA, account.id());
        doInA(() -> ports.oneTimeTokens().insert(token));
        StoredOneTimeToken sameHash = new StoredOneTimeToken(UUID.randomUUID(), tenantA, account.id(),
                token.tokenHash(), EXPIRES, null);

        assertThatThrownBy(() -> doInA(() -> ports.oneTimeTokens().insert(sameHash)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> doInB(() -> ports.oneTimeTokens().insert(token(tenantB, account.id()))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("another tenant can neither find nor use the token")
    void tenantIsolation() {
        StaffAccount account = storedAccount(tenantA);
        StoredOneTimeToken token = token(tenantA, account.id());
        doInA(() -> ports.oneTimeTokens().insert(token));

        assertThat(inB(() -> ports.oneTimeTokens().findByHashForUpdate(token.tokenHash()))).isEmpty();
        assertThatThrownBy(() -> doInB(() -> ports.oneTimeTokens().markUsed(token.id(), EXPIRES)))
                .isInstanceOf(NotFoundException.class);
        assertThat(inA(() -> ports.oneTimeTokens().findByHashForUpdate(token.tokenHash()))).contains(token);
    }
}
