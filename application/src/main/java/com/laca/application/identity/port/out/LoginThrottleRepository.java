package com.laca.application.identity.port.out;

import com.laca.domain.identity.LoginThrottle;
import java.time.Instant;

/** Keeps sign-in attempt counters in the database, so every server instance behind a load balancer sees the same. */
public interface LoginThrottleRepository {

    /**
     * The counter for a key, locked for the rest of the transaction; a key without one gets a fresh counter stored
     * first, so attempts racing at a new key queue on one row instead of each counting from zero.
     */
    LoginThrottle lockOrStart(String key, Instant now);

    void save(LoginThrottle throttle);

    void delete(String key);
}
