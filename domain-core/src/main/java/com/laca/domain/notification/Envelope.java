package com.laca.domain.notification;

import com.laca.domain.shared.TenantId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a message is, to whom, about what and with which facts, fixed when it is enqueued and kept apart from its
 * delivery state so that no retry, claim or replay can change what is said.
 *
 * @param id        the stable id: SMTP Message-ID and provider idempotency key
 * @param tenant    the clinic business sending it
 * @param kind      what kind of message
 * @param recipient channel and address
 * @param topic     what it is about, if anything (an appointment), so later changes can find it
 * @param locale    the language and formatting of the reader, e.g. en-GB
 * @param facts     the snapshot it is rendered from
 * @param createdAt when it was enqueued
 */
public record Envelope(NotificationId id, TenantId tenant, MessageKind kind, Recipient recipient,
                       Optional<Topic> topic, Locale locale, MessageFacts facts, Instant createdAt) {

    public Envelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!kind.allows(recipient.channel())) {
            throw new IllegalArgumentException(kind + " is never sent by " + recipient.channel());
        }
    }

    /** The same envelope with no facts, once a message carrying a secret is final. */
    Envelope withoutFacts() {
        return new Envelope(id, tenant, kind, recipient, topic, locale, MessageFacts.empty(), createdAt);
    }
}
