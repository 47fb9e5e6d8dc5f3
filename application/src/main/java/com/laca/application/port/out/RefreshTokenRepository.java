package com.laca.application.port.out;

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
}
