package com.laca.domain.notification;

/** Why a channel was not used for a message, so staff can see why a client got no SMS. */
public enum SkipReason {
    /** This kind of message never goes by that channel (e.g. receipts by SMS, anything to staff by SMS). */
    NOT_OFFERED_FOR_KIND,
    /** No phone number was given. */
    NO_PHONE,
    /** The number is not a mobile (a UK landline, pager or personal number cannot receive SMS). */
    NOT_A_MOBILE,
    /** The person replied STOP. */
    SMS_OPTED_OUT,
    /** Marketing without explicit consent for the channel. */
    NO_MARKETING_CONSENT
}
