package com.laca.application.identity.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores invitation and password-reset tokens by hash, each usable once. */
public interface OneTimeTokenRepository {

    void insert(StoredOneTimeToken token);

    Optional<StoredOneTimeToken> findByHashForUpdate(String tokenHash);

    void markUsed(UUID tokenId, Instant at);
}
