package com.laca.application.payment.service;

import com.laca.application.booking.port.in.BookedAppointments;
import com.laca.application.payment.port.in.CollectDepositUseCase;
import com.laca.application.payment.port.in.DepositInstructions;
import com.laca.application.payment.port.in.DepositUnavailableException;
import com.laca.application.payment.port.out.ConnectedAccountRepository;
import com.laca.application.payment.port.out.DepositCollection;
import com.laca.application.payment.port.out.DepositIntentRequest;
import com.laca.application.payment.port.out.GatewayMode;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.PaymentIntentRecord;
import com.laca.application.payment.port.out.PaymentIntentRepository;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.PaymentGatewayException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.LedgerResult;
import com.laca.domain.payment.PaymentReference;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Prepares a committed appointment's deposit in three explicit steps (read in a transaction, call the processor with
 * no transaction open, record the answer in a new transaction), so a slow processor never holds a database lock.
 *
 * <p>If the processor cannot prepare the payment, the hold is released at once and the caller is told, rather than
 * leaving the slot blocked for a payment the client cannot make. A clinic that has not linked its processor account
 * yet takes the deposit at the desk: the hold is confirmed and the deposit recorded as due there.
 */
public final class CollectDepositService implements CollectDepositUseCase {

    private final TransactionRunner transactions;
    private final PaymentGateway gateway;
    private final ConnectedAccountRepository accounts;
    private final PaymentIntentRepository intents;
    private final PaymentLedgerRepository ledgers;
    private final BookedAppointments appointments;
    private final Clock clock;

    public CollectDepositService(TransactionRunner transactions, PaymentGateway gateway,
                                 ConnectedAccountRepository accounts, PaymentIntentRepository intents,
                                 PaymentLedgerRepository ledgers, BookedAppointments appointments, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.intents = Objects.requireNonNull(intents, "intents");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public DepositInstructions collect(TenantId tenant, AppointmentId appointment, Money deposit, Money price,
                                       Optional<Instant> holdExpiresAt) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(appointment, "appointment");
        if (deposit.minorUnits() <= 0) {
            return new DepositInstructions.NoDeposit();
        }
        GatewayMode mode = gateway.mode();
        if (mode instanceof GatewayMode.PayAtClinic || holdExpiresAt.isEmpty()) {
            return dueAtDesk(tenant, appointment, deposit, price);
        }
        String publishableKey = ((GatewayMode.CardPayments) mode).publishableKey();
        Optional<ConnectedAccountId> account = transactions.asPlatform(() -> accounts.find(tenant));
        if (account.isEmpty()) {
            // confirming the hold and recording the deposit as due at the desk is one change, so one transaction
            return transactions.inTenant(tenant,
                            () -> appointments.confirmWithDepositAtDesk(appointment, clock.instant())
                                    ? Optional.of(dueAtDesk(tenant, appointment, deposit, price))
                                    : Optional.<DepositInstructions>empty())
                    .orElseThrow(() -> release(tenant, appointment,
                            "the hold lapsed before the deposit could be arranged", null));
        }
        DepositCollection collection;
        try {
            collection = gateway.createDepositIntent(DepositIntentRequest.of(tenant, appointment, account.get(),
                    deposit));
        } catch (PaymentGatewayException e) {
            throw release(tenant, appointment, "the card payment could not be prepared; please book again", e);
        }
        if (!(collection instanceof DepositCollection.CardIntent card)) {
            throw new IllegalStateException("a card gateway answered without a card intent");
        }
        transactions.inTenant(tenant, () -> {
            Instant now = clock.instant();
            Optional<PaymentIntentRecord> stored = intents.findByAppointment(appointment);
            if (stored.isPresent() && !stored.get().intent().equals(card.intent())) {
                throw new ConflictException("the appointment already has another payment intent");
            }
            if (stored.isEmpty()) {
                intents.add(new PaymentIntentRecord(card.intent(), appointment, deposit, card.status(), now));
            }
            var locked = ledgers.lockOrOpen(appointment, price);
            record(appointment, locked.ledger().requestDeposit(deposit, now, card.intent().asReference()));
            return null;
        });
        return new DepositInstructions.PayByCard(card.intent(), card.clientSecret(), publishableKey, deposit,
                holdExpiresAt.get());
    }

    private DepositInstructions dueAtDesk(TenantId tenant, AppointmentId appointment, Money deposit, Money price) {
        return transactions.inTenant(tenant, () -> {
            var locked = ledgers.lockOrOpen(appointment, price);
            record(appointment, locked.ledger().depositDueAtDesk(deposit, clock.instant(),
                    PaymentReference.of("desk-deposit-" + appointment)));
            return new DepositInstructions.PayAtDesk(deposit);
        });
    }

    private DepositUnavailableException release(TenantId tenant, AppointmentId appointment, String message,
                                                Throwable cause) {
        transactions.inTenant(tenant, () -> {
            appointments.releaseHold(appointment, clock.instant());
            return null;
        });
        return new DepositUnavailableException(message, cause);
    }

    private void record(AppointmentId appointment, LedgerResult result) {
        if (result instanceof LedgerResult.Recorded recorded) {
            ledgers.append(appointment, recorded.entry());
        }
    }

}
