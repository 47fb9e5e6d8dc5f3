package com.laca.domain.notification;

/** Who a kind of message is for, because staff messages carry sign-in secrets and go by e-mail only. */
public enum Audience {
    /** A clinic's client. */
    CLIENT,
    /** A member of the clinic's staff. */
    STAFF
}
