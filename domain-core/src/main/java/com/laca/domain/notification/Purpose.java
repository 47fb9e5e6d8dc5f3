package com.laca.domain.notification;

/**
 * Why a message is sent, because the law treats them differently: service messages a person needs about their own
 * booking may always be sent, marketing only with their explicit consent (PECR regulation 22).
 */
public enum Purpose {
    /** About something the person asked for: a booking, a payment, an account. */
    TRANSACTIONAL,
    /** Offers and news; only with consent for that channel. */
    MARKETING
}
