package com.laca.application.payment.port.in;

import com.laca.domain.payment.PaymentEvent;

/**
 * Applies one verified event from the payment processor to appointments and ledgers, exactly once, because the
 * processor delivers events late, out of order and more than once.
 *
 * <p>Implementations store the event id as a unique key in the same transaction as the event's effect, so a
 * duplicate delivery, sequential or concurrent, is acknowledged and changes nothing. An exception means the event
 * was not applied; the processor will deliver it again.
 */
public interface HandlePaymentEventUseCase {

    /** Applies the event, or recognises it as already applied or as irrelevant. */
    PaymentEventOutcome handle(PaymentEvent event);
}
