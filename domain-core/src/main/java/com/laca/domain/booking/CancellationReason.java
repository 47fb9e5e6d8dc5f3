package com.laca.domain.booking;

/**
 * Why the clinic called an appointment off, chosen from a short list so the owner can count late cancellations by
 * cause and a receptionist reading the calendar later knows what happened without asking.
 */
public enum CancellationReason {
    /** The client asked (by phone, at the desk or through the manage link). */
    CLIENT_REQUEST,
    /** The clinic cannot see the client (practitioner away, room out of order). */
    CLINIC,
    /** The client or the practitioner is ill. */
    ILLNESS,
    /** The deposit was not paid, so the clinic releases the slot. */
    NO_DEPOSIT,
    /** Anything else; the free text then says what. */
    OTHER
}
