package com.laca.application.notification.port.in;

import com.laca.domain.notification.Audience;
import com.laca.domain.notification.Initiator;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.Topic;
import com.laca.domain.shared.TenantId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A request to tell someone something: which kind of message, to whom, about what, who made the change, and the facts
 * as they are in the caller's transaction.
 *
 * @param tenant    the tenant whose transaction this runs in
 * @param kind      a standard kind or one registered in the deployment's catalogue
 * @param addressee the client or staff member
 * @param topic     what it is about (e.g. {@code Topic.appointment(id)}), so later news can withdraw it
 * @param initiator who made the change, which decides the send delay
 * @param facts     every fact the kind requires; checked here, inside the caller's transaction
 * @param carriedOver facts to take from the latest earlier message about the same topic that has them, in place of
 *                  the caller's (e.g. the manage link only the booking's first message could make, since its secret
 *                  token is not kept); the caller's value stays where no earlier message has the fact
 */
public record EnqueueNotificationCommand(TenantId tenant, MessageKind kind, Addressee addressee,
                                         Optional<Topic> topic, Initiator initiator, MessageFacts facts,
                                         Set<String> carriedOver) {

    /** A command whose facts are all the caller's. */
    public EnqueueNotificationCommand(TenantId tenant, MessageKind kind, Addressee addressee, Optional<Topic> topic,
                                      Initiator initiator, MessageFacts facts) {
        this(tenant, kind, addressee, topic, initiator, facts, Set.of());
    }

    public EnqueueNotificationCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(initiator, "initiator");
        Objects.requireNonNull(facts, "facts");
        carriedOver = Set.copyOf(Objects.requireNonNull(carriedOver, "carriedOver"));
        carriedOver.forEach(MessageFacts::requireKey);
        if (!carriedOver.isEmpty() && topic.isEmpty()) {
            throw new IllegalArgumentException("facts are carried over from earlier messages about the same topic");
        }
        var missing = facts.missing(kind.requiredFacts());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(kind + " needs the facts " + missing);
        }
        if ((addressee instanceof Addressee.Staff) != (kind.audience() == Audience.STAFF)) {
            throw new IllegalArgumentException(kind + " is for " + kind.audience() + ", not a "
                    + addressee.getClass().getSimpleName());
        }
    }
}
