package com.laca.domain.notification;

/** Who made the change a message reports, because a clinic's change is delayed so it can be undone unseen. */
public enum Initiator {
    /** The client, through the booking page or their manage link. */
    CLIENT,
    /** A member of staff. */
    CLINIC,
    /** The platform itself: a lapsed hold, a webhook, a reminder. */
    SYSTEM
}
