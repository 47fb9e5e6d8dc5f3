package com.laca.application.payment.port.out;

import com.laca.domain.payment.PaymentEvent;

/**
 * Reads a stored processor event back into a {@link PaymentEvent}, so a dead letter can be replayed without the
 * processor; only payloads whose signature was checked when they arrived are ever stored, so none is checked here.
 */
public interface PaymentEventReader {

    /**
     * @throws IllegalArgumentException if the payload is not a readable event
     */
    PaymentEvent read(String trustedPayload);
}
