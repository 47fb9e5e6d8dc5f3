package com.laca.application.payment.port.out;

import com.laca.domain.payment.PaymentDeadLetter;
import com.laca.domain.payment.PaymentEventId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps failed processor events in a platform table (they fail before any tenant is known), so nothing the
 * processor told us is lost even when it stops retrying.
 */
public interface PaymentDeadLetterRepository {

    /** Records a failure: a new dead letter, or one more attempt (and the latest error) on an existing one. */
    void recordFailure(PaymentEventId event, String type, String payload, String error, Instant at);

    /** Dead letters, unresolved first, newest failure first; at most {@code limit}. */
    List<PaymentDeadLetter> list(int limit);

    Optional<PaymentDeadLetter> find(PaymentEventId event);

    /** Marks the dead letter resolved, if there is one. */
    void markResolved(PaymentEventId event, Instant at);
}
