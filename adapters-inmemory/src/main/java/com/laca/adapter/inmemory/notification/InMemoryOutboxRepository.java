package com.laca.adapter.inmemory.notification;

import com.laca.adapter.inmemory.shared.InMemoryTable;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.notification.port.out.OutboxClaim;
import com.laca.domain.notification.OutboxDepth;
import com.laca.application.notification.port.out.OutboxRepository;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.Lease;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.OutboxMessage;
import com.laca.domain.notification.OutboxState;
import com.laca.domain.notification.OutboxTransition;
import com.laca.domain.notification.Topic;
import com.laca.domain.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Keeps the outbox in memory: one table across tenants, as the dispatch table is, with every tenant method seeing only
 * the running transaction's tenant; claims apply the domain's own claim rule.
 */
public final class InMemoryOutboxRepository implements OutboxRepository {

    private final InMemoryTransactionRunner tx;
    private final InMemoryTable<NotificationId, OutboxMessage> table;

    public InMemoryOutboxRepository(InMemoryTransactionRunner tx) {
        this.tx = tx;
        this.table = tx.newTable();
    }

    @Override
    public void insert(OutboxMessage message) {
        if (!message.envelope().tenant().equals(tx.tenant())) {
            throw new IllegalArgumentException("the message belongs to another tenant than the transaction");
        }
        if (table.get(message.id()).isPresent()) {
            throw new IllegalStateException("message " + message.id() + " is already in the outbox");
        }
        table.put(message.id(), message);
    }

    @Override
    public Optional<OutboxMessage> find(NotificationId id) {
        return table.get(id).filter(this::ofRunningTenant);
    }

    @Override
    public List<OutboxMessage> findByTopic(Topic topic) {
        return tenantMessages().filter(m -> m.envelope().topic().equals(Optional.of(topic)))
                .sorted(Comparator.comparing((OutboxMessage m) -> m.envelope().createdAt())).toList();
    }

    @Override
    public List<OutboxClaim> claimDue(String owner, Instant now, Duration lease, int limit) {
        List<OutboxClaim> claimed = new ArrayList<>();
        List<OutboxMessage> due = table.entries().map(Map.Entry::getValue).filter(m -> m.isClaimableAt(now))
                .sorted(Comparator.comparing((OutboxMessage m) -> m.delivery().dueAt())).limit(limit).toList();
        for (OutboxMessage message : due) {
            if (message.claim(owner, now, lease) instanceof OutboxTransition.Applied applied) {
                table.put(message.id(), applied.message());
                claimed.add(new OutboxClaim(message.id(), message.envelope().tenant()));
            }
        }
        return claimed;
    }

    @Override
    public boolean save(OutboxMessage changed, Expected expected) {
        Optional<OutboxMessage> stored = find(changed.id());
        if (stored.isEmpty() || stored.get().state() != expected.state()
                || !stored.get().delivery().lease().map(Lease::owner).equals(expected.leaseOwner())) {
            return false;
        }
        table.put(changed.id(), changed);
        return true;
    }

    @Override
    public List<OutboxMessage> waiting(MessageKind kind) {
        return tenantMessages().filter(m -> m.envelope().kind().equals(kind)).filter(m -> m.state().isWaiting())
                .sorted(Comparator.comparing((OutboxMessage m) -> m.envelope().createdAt())).toList();
    }

    @Override
    public List<OutboxDepth> depth(Instant now) {
        Map<String, long[]> counts = new TreeMap<>();
        for (OutboxMessage m : table.entries().map(Map.Entry::getValue).toList()) {
            OutboxState state = m.state();
            if (state == OutboxState.SENT || state == OutboxState.CANCELLED) {
                continue;
            }
            long[] count = counts.computeIfAbsent(m.envelope().kind().code(), kind -> new long[3]);
            if (state == OutboxState.DEAD) {
                count[2]++;
                continue;
            }
            count[0]++;
            if (state.isWaiting() && !m.delivery().dueAt().isAfter(now)) {
                count[1]++;
            }
        }
        return counts.entrySet().stream().map(e -> new OutboxDepth(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).toList();
    }

    @Override
    public List<OutboxMessage> deadLetters(int limit) {
        return tenantMessages().filter(m -> m.state() == OutboxState.DEAD)
                .sorted(Comparator.comparing((OutboxMessage m) -> m.delivery().dueAt()).reversed())
                .limit(limit).toList();
    }

    @Override
    public List<OutboxMessage> sentEmails(int limit) {
        return tenantMessages().filter(m -> m.state() == OutboxState.SENT)
                .filter(m -> m.envelope().recipient().channel() == Channel.EMAIL)
                .sorted(Comparator.comparing((OutboxMessage m) -> m.delivery().sentAt().orElseThrow()).reversed())
                .limit(limit).toList();
    }

    private Stream<OutboxMessage> tenantMessages() {
        TenantId tenant = tx.tenant();
        return table.entries().map(Map.Entry::getValue).filter(m -> m.envelope().tenant().equals(tenant));
    }

    private boolean ofRunningTenant(OutboxMessage message) {
        return message.envelope().tenant().equals(tx.tenant());
    }
}
