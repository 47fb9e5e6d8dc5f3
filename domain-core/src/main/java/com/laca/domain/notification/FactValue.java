package com.laca.domain.notification;

import com.laca.domain.shared.Money;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * One fact of a message, typed so the renderer formats it for the reader's locale at send time (a moment in the
 * location's zone, money as the currency writes it) while the value itself stays what it was at enqueue time.
 */
public sealed interface FactValue {

    /** Plain text, such as a name: 1 to 500 printable characters. */
    record Text(String value) implements FactValue {

        public Text {
            Objects.requireNonNull(value, "value");
            if (value.isBlank() || value.length() > 500 || value.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("a text fact is 1-500 printable characters");
            }
        }
    }

    /** A moment, with the zone its wall-clock time is to be shown in (the location's). */
    record Moment(Instant instant, ZoneId zone) implements FactValue {

        public Moment {
            Objects.requireNonNull(instant, "instant");
            Objects.requireNonNull(zone, "zone");
        }
    }

    /** An amount of money. */
    record Amount(Money money) implements FactValue {

        public Amount {
            Objects.requireNonNull(money, "money");
        }
    }

    /**
     * A link the reader follows: https, or http on a loopback host for the embedded default only, because a link in
     * a clinic's message must never send a client to an unencrypted page.
     */
    record Link(URI uri) implements FactValue {

        public Link {
            Objects.requireNonNull(uri, "uri");
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            String host = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT);
            boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
            if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
                throw new IllegalArgumentException("a link must be https (http only on localhost)");
            }
            if (uri.toString().length() > 2000) {
                throw new IllegalArgumentException("a link is at most 2000 characters");
            }
        }
    }
}
