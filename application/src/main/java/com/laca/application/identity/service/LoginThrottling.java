package com.laca.application.identity.service;

import com.laca.application.identity.port.out.LoginThrottleRepository;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.LoginThrottle;
import com.laca.domain.identity.LoginThrottlePolicy;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Applies the per-account and per-address throttle policies to the counters kept in the database, counting each
 * attempt before its password is checked, so a burst of parallel guesses gets no more through than a sequence.
 */
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

    /**
     * Admits one attempt and counts it at both keys, or refuses it without counting: one short transaction that holds
     * both counters' row locks (the account's first, then the address's, in every transaction that takes both) from
     * the check to the count.
     *
     * @return until when sign-in is refused, if either key is locked now
     */
    Optional<Instant> admit(Instant now, String accountKey, String addressKey) {
        return tx.asPlatform(() -> {
            LoginThrottle account = throttles.lockOrStart(accountKey, now);
            LoginThrottle address = throttles.lockOrStart(addressKey, now);
            Optional<Instant> locked = Stream.of(account, address)
                    .map(t -> t.lockedAt(now))
                    .flatMap(Optional::stream)
                    .max(Instant::compareTo);
            if (locked.isEmpty()) {
                throttles.save(account.afterAttempt(now, perAccount));
                throttles.save(address.afterAttempt(now, perAddress));
            }
            return locked;
        });
    }

    /** The admitted attempt was right: the account's counter starts afresh and the address gets its attempt back. */
    void succeeded(Instant now, String accountKey, String addressKey) {
        tx.asPlatform(() -> {
            throttles.delete(accountKey);
            throttles.save(throttles.lockOrStart(addressKey, now).afterSuccess(perAddress));
            return null;
        });
    }
}
