package com.laca.adapter.inmemory.payment;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;

/** The payment outbound ports over one in-memory runner, so payment tests and embedders wire them in one line. */
public final class InMemoryPaymentPorts {

    private final InMemoryTransactionRunner tx;
    private final InMemoryPaymentLedgerRepository ledgers;
    private final InMemoryPaymentIntentRepository intents;
    private final InMemoryProcessedPaymentEventRepository processed;
    private final InMemoryPaymentDeadLetterRepository deadLetters;
    private final InMemoryConnectedAccountRepository accounts;

    /** Payment ports with a runner of their own. */
    public InMemoryPaymentPorts() {
        this(new InMemoryTransactionRunner());
    }

    /** Payment ports sharing the runner (and so the transactions) of other in-memory ports, e.g. the booking ones. */
    public InMemoryPaymentPorts(InMemoryTransactionRunner tx) {
        this.tx = tx;
        this.ledgers = new InMemoryPaymentLedgerRepository(tx);
        this.intents = new InMemoryPaymentIntentRepository(tx);
        this.processed = new InMemoryProcessedPaymentEventRepository(tx);
        this.deadLetters = new InMemoryPaymentDeadLetterRepository(tx);
        this.accounts = new InMemoryConnectedAccountRepository(tx);
    }

    public InMemoryTransactionRunner tx() {
        return tx;
    }

    public InMemoryPaymentLedgerRepository ledgers() {
        return ledgers;
    }

    public InMemoryPaymentIntentRepository intents() {
        return intents;
    }

    public InMemoryProcessedPaymentEventRepository processed() {
        return processed;
    }

    public InMemoryPaymentDeadLetterRepository deadLetters() {
        return deadLetters;
    }

    public InMemoryConnectedAccountRepository accounts() {
        return accounts;
    }
}
