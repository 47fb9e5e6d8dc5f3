package com.laca.domain.notification;

import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import java.util.Objects;

/**
 * Where one message goes: a channel and an address valid for it, so an e-mail can never be addressed to a phone
 * number.
 *
 * @param channel the channel
 * @param address a normalised e-mail address for {@link Channel#EMAIL}, an international number for
 *                {@link Channel#SMS}
 */
public record Recipient(Channel channel, String address) {

    public Recipient {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        address = switch (channel) {
            case EMAIL -> new EmailAddress(address).value();
            case SMS -> new PhoneNumber(address).value();
        };
    }

    public static Recipient email(EmailAddress address) {
        return new Recipient(Channel.EMAIL, address.value());
    }

    public static Recipient sms(PhoneNumber number) {
        return new Recipient(Channel.SMS, number.value());
    }

    /** The address with most characters hidden, for logs: {@code e***@example.com}, {@code +44*******123}. */
    public String masked() {
        return switch (channel) {
            case EMAIL -> address.charAt(0) + "***" + address.substring(address.indexOf('@'));
            case SMS -> address.substring(0, 3) + "*".repeat(Math.max(0, address.length() - 6))
                    + address.substring(address.length() - 3);
        };
    }

    /** The masked form: an address is personal data and never belongs in a log. */
    @Override
    public String toString() {
        return channel + ":" + masked();
    }
}
