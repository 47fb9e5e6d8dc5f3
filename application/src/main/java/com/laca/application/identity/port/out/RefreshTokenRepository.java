package com.laca.application.identity.port.out;

import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores refresh tokens by hash only, so a database leak yields no usable token. */
public interface RefreshTokenRepository {

    void insert(StoredRefreshToken token);

    /** Finds the token by its hash and locks it for the rest of the transaction, so two refreshes cannot both win. */
    Optional<StoredRefreshToken> findByHashForUpdate(String tokenHash);

    void markRotated(UUID tokenId, Instant at);

    /** Revokes every token of the family, e.g. when a rotated token is presented again (a sign of theft). */
    void revokeFamily(UUID familyId, Instant at);

    /** Revokes every token of every family of one account, e.g. when its password is reset. */
    void revokeAllOf(UserId account, Instant at);

    /** Revokes every token of the current tenant, e.g. when the clinic is suspended. */
    void revokeAll(Instant at);
}
