package com.laca.domain.records;

import java.util.ArrayList;
import java.util.List;

/**
 * The channels a client accepts for service messages (reminders, follow-ups), kept apart from marketing consent
 * because agreeing to a reminder is not agreeing to a newsletter.
 *
 * @param email      service messages by e-mail
 * @param sms        service messages by text message
 * @param phoneCalls calls from the clinic
 */
public record ContactPreferences(boolean email, boolean sms, boolean phoneCalls) {

    /** No channel accepted: what an erasure request leaves. */
    public static final ContactPreferences NONE = new ContactPreferences(false, false, false);

    /** Readable form for the edit history, e.g. {@code "email, sms"} or {@code "none"}. */
    public String describe() {
        List<String> channels = new ArrayList<>();
        if (email) {
            channels.add("email");
        }
        if (sms) {
            channels.add("sms");
        }
        if (phoneCalls) {
            channels.add("phone calls");
        }
        return channels.isEmpty() ? "none" : String.join(", ", channels);
    }

    /** The channels both accept, so a merge never switches on a channel the client turned off on either record. */
    public ContactPreferences intersect(ContactPreferences other) {
        return new ContactPreferences(email && other.email, sms && other.sms, phoneCalls && other.phoneCalls);
    }
}
