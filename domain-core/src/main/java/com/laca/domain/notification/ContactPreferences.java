package com.laca.domain.notification;

import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * How a person may be reached: the e-mail address every transactional message goes to, a phone number for SMS unless
 * they sent STOP, and their marketing consent.
 *
 * @param email          where transactional e-mail goes
 * @param phone          a number for SMS, if given
 * @param smsOptedOut    true once they replied STOP (no SMS of any kind, as the provider also enforces)
 * @param marketing      their marketing consent
 */
public record ContactPreferences(EmailAddress email, Optional<PhoneNumber> phone, boolean smsOptedOut,
                                 MarketingConsent marketing) {

    public ContactPreferences {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(marketing, "marketing");
    }

    /** A member of staff: e-mail only. */
    public static ContactPreferences emailOnly(EmailAddress email) {
        return new ContactPreferences(email, Optional.empty(), false, MarketingConsent.none());
    }

    /** After a STOP: no more SMS, and no SMS marketing consent. */
    public ContactPreferences optedOutOfSms() {
        return new ContactPreferences(email, phone, true, marketing.withdrawn(Channel.SMS));
    }

    /** After a START: transactional SMS again (marketing consent is not restored by it). */
    public ContactPreferences optedBackIntoSms() {
        return new ContactPreferences(email, phone, false, marketing);
    }
}
