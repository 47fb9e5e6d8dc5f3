package com.laca.application.payment.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.payment.PaymentDeadLetter;
import com.laca.domain.payment.PaymentEventId;

import java.util.List;

/**
 * Keeps processor events that failed to apply, and lets the platform administrator ({@code TENANTS_MANAGE}) see
 * and resolve them, so a bug or an outage never silently loses a payment.
 */
public interface PaymentDeadLettersUseCase {

    /**
     * Records that applying the event failed, in its own transaction; the error text keeps the failure's kind and
     * message only (no stack trace).
     */
    void recordFailure(PaymentEventId event, String type, String payload, RuntimeException failure);

    List<PaymentDeadLetter> list(Caller caller, int limit);

    /** @throws com.laca.application.shared.NotFoundException if there is no such dead letter */
    PaymentDeadLetter get(Caller caller, PaymentEventId event);

    /**
     * Applies the dead letter's event again; on success the dead letter is resolved, on failure its attempt count
     * and error are updated and the failure is thrown.
     *
     * @throws com.laca.application.shared.NotFoundException if there is no such dead letter
     */
    PaymentEventOutcome replay(Caller caller, PaymentEventId event);
}
