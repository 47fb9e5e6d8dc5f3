package com.laca.application.inmemory;

/** The payment outbound ports over one in-memory runner, so payment tests and embedders wire them in one line. */
public final class InMemoryPaymentPorts {

    private final InMemoryTransactionRunner tx = new InMemoryTransactionRunner();
    private final InMemoryPaymentLedgerRepository ledgers = new InMemoryPaymentLedgerRepository(tx);
    private final InMemoryPaymentIntentRepository intents = new InMemoryPaymentIntentRepository(tx);
    private final InMemoryProcessedPaymentEventRepository processed = new InMemoryProcessedPaymentEventRepository(tx);
    private final InMemoryPaymentDeadLetterRepository deadLetters = new InMemoryPaymentDeadLetterRepository(tx);
    private final InMemoryConnectedAccountRepository accounts = new InMemoryConnectedAccountRepository(tx);
    private final InMemoryBookedAppointments appointments = new InMemoryBookedAppointments(tx);

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

    public InMemoryBookedAppointments appointments() {
        return appointments;
    }
}
