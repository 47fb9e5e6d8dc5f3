package com.laca.domain.notification;

import com.laca.domain.shared.PhoneNumber;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Chooses the channels for a message from the person's preferences: a transactional message always goes by e-mail
 * and also by SMS when a mobile is given and not opted out; marketing goes only by the channels the person explicitly
 * consented to; staff messages go by e-mail only.
 */
public final class ChannelPolicy {

    private ChannelPolicy() {
    }

    /** The channels for a message of {@code kind} to a person with these preferences. */
    public static ChannelChoice choose(MessageKind kind, ContactPreferences preferences) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(preferences, "preferences");
        List<Recipient> recipients = new ArrayList<>();
        Map<Channel, SkipReason> skipped = new EnumMap<>(Channel.class);
        boolean marketing = kind.purpose() == Purpose.MARKETING;

        if (!kind.allows(Channel.EMAIL)) {
            skipped.put(Channel.EMAIL, SkipReason.NOT_OFFERED_FOR_KIND);
        } else if (marketing && !preferences.marketing().covers(Channel.EMAIL)) {
            skipped.put(Channel.EMAIL, SkipReason.NO_MARKETING_CONSENT);
        } else {
            recipients.add(Recipient.email(preferences.email()));
        }

        if (!kind.allows(Channel.SMS) || kind.audience() == Audience.STAFF) {
            skipped.put(Channel.SMS, SkipReason.NOT_OFFERED_FOR_KIND);
        } else if (preferences.phone().isEmpty()) {
            skipped.put(Channel.SMS, SkipReason.NO_PHONE);
        } else if (!isMobile(preferences.phone().get())) {
            skipped.put(Channel.SMS, SkipReason.NOT_A_MOBILE);
        } else if (preferences.smsOptedOut()) {
            skipped.put(Channel.SMS, SkipReason.SMS_OPTED_OUT);
        } else if (marketing && !preferences.marketing().covers(Channel.SMS)) {
            skipped.put(Channel.SMS, SkipReason.NO_MARKETING_CONSENT);
        } else {
            recipients.add(Recipient.sms(preferences.phone().get()));
        }
        return new ChannelChoice(recipients, skipped);
    }

    /**
     * Whether the number can receive SMS: UK mobiles are {@code +447…} except the personal-number range
     * ({@code +4470}) and the pager range ({@code +4476}, where only {@code +447624}, the Isle of Man's mobiles, is
     * mobile), per Ofcom's National Telephone Numbering Plan; numbers abroad cannot be told apart here and are tried.
     */
    public static boolean isMobile(PhoneNumber number) {
        String value = number.value();
        if (!value.startsWith("+44")) {
            return true;
        }
        if (value.startsWith("+4476")) {
            return value.startsWith("+447624");
        }
        return value.startsWith("+447") && !value.startsWith("+4470");
    }
}
