package com.laca.domain.payment;

/** Where a card payment stands at the processor, in the processor-neutral words the use cases decide on. */
public enum IntentStatus {
    /** Waiting for the client to enter a card. */
    REQUIRES_PAYMENT_METHOD,
    /** A card is attached but the payment is not confirmed yet. */
    REQUIRES_CONFIRMATION,
    /** The client must do something more, such as 3-D Secure. */
    REQUIRES_ACTION,
    /** The processor is still working on it. */
    PROCESSING,
    /** Authorised but not captured. */
    REQUIRES_CAPTURE,
    /** The money is captured. */
    SUCCEEDED,
    /** The attempt was abandoned; no money was taken. */
    CANCELED
}
