package com.laca.application.port.out;

import com.laca.domain.identity.LoginThrottle;
import java.util.Optional;

/** Keeps failed-sign-in counters in the database, so every server instance behind a load balancer sees the same. */
public interface LoginThrottleRepository {

    /** Finds the counter for a key and locks it for the rest of the transaction. */
    Optional<LoginThrottle> findForUpdate(String key);

    void save(LoginThrottle throttle);

    void delete(String key);
}
