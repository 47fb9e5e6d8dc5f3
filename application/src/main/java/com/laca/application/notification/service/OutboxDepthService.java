package com.laca.application.notification.service;

import com.laca.application.notification.port.in.ReadOutboxDepthUseCase;
import com.laca.domain.notification.OutboxDepth;
import com.laca.application.notification.port.out.OutboxRepository;
import com.laca.application.shared.TransactionRunner;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Counts the outbox in one short platform transaction, which sees delivery states and kinds but no personal data. */
public final class OutboxDepthService implements ReadOutboxDepthUseCase {

    private final TransactionRunner tx;
    private final OutboxRepository outbox;
    private final Clock clock;

    public OutboxDepthService(TransactionRunner tx, OutboxRepository outbox, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<OutboxDepth> depth() {
        return tx.asPlatform(() -> outbox.depth(clock.instant()));
    }
}
