package com.laca.application.notification.port.out;

import java.util.Objects;

/**
 * What a channel gives back for an accepted message: its reference there (the SMTP Message-ID, the SMS provider's
 * message id), so status callbacks and support questions can be matched to the outbox row.
 *
 * @param providerReference 1 to 200 characters
 */
public record DeliveryReceipt(String providerReference) {

    public DeliveryReceipt {
        Objects.requireNonNull(providerReference, "providerReference");
        if (providerReference.isBlank() || providerReference.length() > 200) {
            throw new IllegalArgumentException("a provider reference is 1-200 characters");
        }
    }
}
