package com.laca.application.payment.service;

import com.laca.application.payment.port.in.HandlePaymentEventUseCase;
import com.laca.application.payment.port.in.PaymentDeadLettersUseCase;
import com.laca.application.payment.port.in.PaymentEventOutcome;
import com.laca.application.payment.port.out.PaymentDeadLetterRepository;
import com.laca.application.payment.port.out.PaymentEventReader;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.identity.Permission;
import com.laca.domain.payment.PaymentDeadLetter;
import com.laca.domain.payment.PaymentEventId;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Records failed processor events in their own platform transaction (the failed one was rolled back) and shows them
 * to the platform administrator; the error keeps the failure's kind and first line only, never a stack trace.
 */
public final class PaymentDeadLettersService implements PaymentDeadLettersUseCase {

    private final TransactionRunner transactions;
    private final PaymentDeadLetterRepository deadLetters;
    private final HandlePaymentEventUseCase handler;
    private final PaymentEventReader reader;
    private final Clock clock;

    public PaymentDeadLettersService(TransactionRunner transactions, PaymentDeadLetterRepository deadLetters,
                                     HandlePaymentEventUseCase handler, PaymentEventReader reader, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void recordFailure(PaymentEventId event, String type, String payload, RuntimeException failure) {
        String error = describe(failure);
        transactions.asPlatform(() -> {
            deadLetters.recordFailure(event, type, payload, error, clock.instant());
            return null;
        });
    }

    @Override
    public List<PaymentDeadLetter> list(Caller caller, int limit) {
        caller.require(Permission.TENANTS_MANAGE);
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1 to 500");
        }
        return transactions.asPlatform(() -> deadLetters.list(limit));
    }

    @Override
    public PaymentDeadLetter get(Caller caller, PaymentEventId event) {
        caller.require(Permission.TENANTS_MANAGE);
        return transactions.asPlatform(() -> deadLetters.find(event))
                .orElseThrow(() -> new NotFoundException("dead letter", event));
    }

    @Override
    public PaymentEventOutcome replay(Caller caller, PaymentEventId event) {
        PaymentDeadLetter letter = get(caller, event);
        PaymentEventOutcome outcome;
        try {
            outcome = handler.handle(reader.read(letter.payload()));
        } catch (RuntimeException e) {
            recordFailure(event, letter.type(), letter.payload(), e);
            throw e;
        }
        transactions.asPlatform(() -> {
            deadLetters.markResolved(event, clock.instant());
            return null;
        });
        return outcome;
    }

    /** The failure's kind and the first line of its message, cut to the stored length. */
    static String describe(RuntimeException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().lines().findFirst().orElse("");
        String text = failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return text.length() <= PaymentDeadLetter.MAX_ERROR ? text : text.substring(0, PaymentDeadLetter.MAX_ERROR);
    }
}
