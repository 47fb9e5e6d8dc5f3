package com.laca.adapter.inmemory.payment;

import com.laca.adapter.inmemory.shared.InMemoryTable;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.payment.port.out.PaymentDeadLetterRepository;
import com.laca.domain.payment.PaymentDeadLetter;
import com.laca.domain.payment.PaymentEventId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dead letters keyed by event id, counting attempts as the database does. */
public final class InMemoryPaymentDeadLetterRepository implements PaymentDeadLetterRepository {

    private final InMemoryTable<PaymentEventId, PaymentDeadLetter> rows;

    InMemoryPaymentDeadLetterRepository(InMemoryTransactionRunner tx) {
        this.rows = tx.newTable();
    }

    @Override
    public void recordFailure(PaymentEventId event, String type, String payload, String error, Instant at) {
        PaymentDeadLetter next = rows.get(event)
                .map(old -> new PaymentDeadLetter(event, type, payload, error, old.attempts() + 1,
                        old.firstFailedAt(), at, Optional.empty()))
                .orElse(new PaymentDeadLetter(event, type, payload, error, 1, at, at, Optional.empty()));
        rows.put(event, next);
    }

    @Override
    public List<PaymentDeadLetter> list(int limit) {
        return rows.entries().map(Map.Entry::getValue)
                .sorted(Comparator.comparing((PaymentDeadLetter letter) -> letter.resolvedAt().isPresent())
                        .thenComparing(PaymentDeadLetter::lastFailedAt, Comparator.reverseOrder()))
                .limit(limit).toList();
    }

    @Override
    public Optional<PaymentDeadLetter> find(PaymentEventId event) {
        return rows.get(event);
    }

    @Override
    public void markResolved(PaymentEventId event, Instant at) {
        rows.get(event).filter(letter -> letter.resolvedAt().isEmpty()).ifPresent(letter -> rows.put(event,
                new PaymentDeadLetter(event, letter.type(), letter.payload(), letter.error(), letter.attempts(),
                        letter.firstFailedAt(), letter.lastFailedAt(), Optional.of(at))));
    }
}
