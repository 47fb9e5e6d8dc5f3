package com.laca.application.notification.port.out;

import com.laca.domain.notification.OutboxDepth;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.notification.Lease;
import com.laca.domain.notification.OutboxDepth;
import com.laca.domain.notification.OutboxMessage;
import com.laca.domain.notification.OutboxState;
import com.laca.domain.notification.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The transactional outbox: messages are written in the tenant transaction of the change they report, and claimed by
 * dispatchers on any number of servers without two ever holding the same message, so each is sent exactly once.
 */
public interface OutboxRepository {

    /** Stores a new message in the running tenant transaction. */
    void insert(OutboxMessage message);

    /** The message, with its envelope and delivery, in the running tenant transaction. */
    Optional<OutboxMessage> find(NotificationId id);

    /** Every message about the topic, in any state, oldest first, for supersession and reminder planning. */
    List<OutboxMessage> findByTopic(Topic topic);

    /**
     * Claims up to {@code limit} messages due at {@code now} (waiting ones, and claimed ones whose lease has run out)
     * for {@code owner} until {@code now + lease}, skipping rows another dispatcher is claiming; runs in a platform
     * transaction and sees no personal data.
     */
    List<OutboxClaim> claimDue(String owner, Instant now, Duration lease, int limit);

    /**
     * Saves a message changed by the domain (sent, failed, withdrawn, replayed) if its stored state is still
     * {@code expected}; for a claimed message also only while {@code expected.leaseOwner} still holds it.
     *
     * @return false when the message changed meanwhile (e.g. another dispatcher took it over): nothing was written
     */
    boolean save(OutboxMessage changed, Expected expected);

    /**
     * The running tenant's messages of the kind still waiting to be sent (pending or retrying), oldest first, so
     * reminders can be planned again when the tenant changes its reminder times.
     */
    List<OutboxMessage> waiting(MessageKind kind);

    /**
     * Counts per kind across every tenant, in a platform transaction: messages not yet final, those due at
     * {@code now}, and dead letters; kinds with none are left out.
     */
    List<OutboxDepth> depth(Instant now);

    /** The dead letters of the running tenant, newest first. */
    List<OutboxMessage> deadLetters(int limit);

    /** The sent e-mails of the running tenant, newest first, for the outbox viewer. */
    List<OutboxMessage> sentEmails(int limit);

    /**
     * What a conditional save expects to find stored.
     *
     * @param state      the state the message was read in
     * @param leaseOwner the dispatcher holding it, when it was claimed
     */
    record Expected(OutboxState state, Optional<String> leaseOwner) {

        public Expected {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(leaseOwner, "leaseOwner");
        }

        /** What a message as it was read expects. */
        public static Expected of(OutboxMessage before) {
            return new Expected(before.state(), before.delivery().lease().map(Lease::owner));
        }
    }
}
