package com.laca.domain.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * How many failed sign-ins a key (an account or an address) may have within a window before it is locked out.
 *
 * @param maxFailures failed attempts allowed within the window; reaching it locks the key
 * @param window      how long failures are remembered
 * @param lockout     how long a lock lasts
 */
public record LoginThrottlePolicy(int maxFailures, Duration window, Duration lockout) {

    /** Five failures in 15 minutes lock an account for 15 minutes (OWASP's guidance against online guessing). */
    public static final LoginThrottlePolicy PER_ACCOUNT = new LoginThrottlePolicy(5, Duration.ofMinutes(15),
            Duration.ofMinutes(15));

    /** An address may fail 50 times in 15 minutes, so one office behind one NAT is not locked out by one user. */
    public static final LoginThrottlePolicy PER_ADDRESS = new LoginThrottlePolicy(50, Duration.ofMinutes(15),
            Duration.ofMinutes(15));

    /** The same window and lockout as {@link #PER_ADDRESS} with another failure limit, e.g. from configuration. */
    public static LoginThrottlePolicy perAddress(int maxFailures) {
        return new LoginThrottlePolicy(maxFailures, PER_ADDRESS.window(), PER_ADDRESS.lockout());
    }

    public LoginThrottlePolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lockout, "lockout");
    }
}
