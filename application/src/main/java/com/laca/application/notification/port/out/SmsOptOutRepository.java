package com.laca.application.notification.port.out;

import com.laca.domain.shared.PhoneNumber;
import java.time.Instant;

/**
 * The numbers that replied STOP, kept for the whole platform (every clinic sends from the same provider account, and
 * the provider itself blocks a stopped number for all of them); read when a client's channels are chosen, so no
 * clinic can text a number that said STOP until it replies START. Stored as a hash, never the number itself.
 */
public interface SmsOptOutRepository {

    /** Records that the number replied STOP; repeating it changes nothing. Runs in a platform transaction. */
    void optOut(PhoneNumber number, Instant at);

    /** Forgets the opt-out after a START; false if there was none. Runs in a platform transaction. */
    boolean optIn(PhoneNumber number);

    /** True if the number replied STOP and not START since; may run in any transaction. */
    boolean isOptedOut(PhoneNumber number);
}
