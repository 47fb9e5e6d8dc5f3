package com.laca.domain.notification;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The recipients a message goes to, one per channel, and for every channel left out the reason.
 *
 * @param recipients where to send, e-mail first
 * @param skipped    the channels not used and why
 */
public record ChannelChoice(List<Recipient> recipients, Map<Channel, SkipReason> skipped) {

    public ChannelChoice {
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
        skipped = Map.copyOf(Objects.requireNonNull(skipped, "skipped"));
    }

    /** Whether nobody is to be told. */
    public boolean isEmpty() {
        return recipients.isEmpty();
    }
}
