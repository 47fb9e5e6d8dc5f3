package com.laca.domain.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person's explicit, recorded agreement to receive marketing by the named channels, because UK law (PECR
 * regulation 22) allows marketing e-mail and SMS to individuals only with consent; unsubscribing withdraws a channel.
 *
 * @param channels the channels consented to; empty when there is no consent
 * @param givenAt  when consent was given, present exactly when some channel is consented to
 */
public record MarketingConsent(Set<Channel> channels, Optional<Instant> givenAt) {

    public MarketingConsent {
        channels = Set.copyOf(Objects.requireNonNull(channels, "channels"));
        Objects.requireNonNull(givenAt, "givenAt");
        if (channels.isEmpty() == givenAt.isPresent()) {
            throw new IllegalArgumentException("consent to some channel needs the moment it was given, and only then");
        }
    }

    /** No consent: the default for everyone. */
    public static MarketingConsent none() {
        return new MarketingConsent(Set.of(), Optional.empty());
    }

    public static MarketingConsent given(Set<Channel> channels, Instant at) {
        return new MarketingConsent(channels, Optional.of(at));
    }

    public boolean covers(Channel channel) {
        return channels.contains(channel);
    }

    /** The consent without {@code channel}, after an unsubscribe link or a STOP. */
    public MarketingConsent withdrawn(Channel channel) {
        Set<Channel> rest = new java.util.HashSet<>(channels);
        rest.remove(channel);
        return rest.isEmpty() ? none() : new MarketingConsent(rest, givenAt);
    }
}
