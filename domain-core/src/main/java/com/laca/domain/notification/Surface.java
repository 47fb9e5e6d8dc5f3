package com.laca.domain.notification;

/**
 * Where a piece of message text is seen, because an e-mail subject and an SMS show on a locked phone's screen to
 * whoever holds it, while an e-mail body is read by its addressee.
 */
public enum Surface {
    EMAIL_SUBJECT,
    EMAIL_BODY,
    SMS;

    /** Whether the text shows on a lock screen or in a notification preview. */
    public boolean isGlanceable() {
        return this != EMAIL_BODY;
    }
}
