package com.laca.application.service.auth;

import com.laca.application.port.out.LoginThrottleRepository;
import com.laca.application.port.out.TransactionRunner;
import com.laca.domain.identity.LoginThrottle;
import com.laca.domain.identity.LoginThrottlePolicy;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/** Applies the per-account and per-address throttle policies to the counters kept in the database. */
public final class LoginThrottling {

    private final TransactionRunner tx;
    private final LoginThrottleRepository throttles;
    private final LoginThrottlePolicy perAccount;
    private final LoginThrottlePolicy perAddress;

    /**
     * @param perAddress the address policy; configurable because behind a proxy without forwarded addresses every
     *                   client shares one address
     */
    public LoginThrottling(TransactionRunner tx, LoginThrottleRepository throttles, LoginThrottlePolicy perAccount,
                           LoginThrottlePolicy perAddress) {
        this.tx = tx;
        this.throttles = throttles;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** The latest lock among the keys, if any of them is locked now. */
    Optional<Instant> lockedUntil(Instant now, String accountKey, String addressKey) {
        return tx.asPlatform(() -> Stream.of(accountKey, addressKey)
                .map(throttles::findForUpdate)
                .flatMap(Optional::stream)
                .map(t -> t.lockedAt(now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo));
    }

    void recordFailure(Instant now, String accountKey, String addressKey) {
        tx.asPlatform(() -> {
            count(accountKey, now, perAccount);
            count(addressKey, now, perAddress);
            return null;
        });
    }

    void reset(String accountKey) {
        tx.asPlatform(() -> {
            throttles.delete(accountKey);
            return null;
        });
    }

    private void count(String key, Instant now, LoginThrottlePolicy policy) {
        LoginThrottle current = throttles.findForUpdate(key).orElseGet(() -> LoginThrottle.fresh(key, now));
        throttles.save(current.afterFailure(now, policy));
    }
}
