package com.laca.application.payment.service;

import com.laca.application.payment.port.in.DepositInstructions;
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
 * The deposit side of booking a treatment, in the steps the booking orchestration takes: how the deposit is taken,
 * decided inside the booking's transaction before the slot is taken (so a slot is held only when a card will really
 * be asked for); a deposit due at the desk, recorded in that same transaction; and a card payment prepared with no
 * transaction open and recorded in a transaction of its own, so a slow processor never holds a database lock.
 */
public final class BookingDeposits {

    private final TransactionRunner transactions;
    private final PaymentGateway gateway;
    private final ConnectedAccountRepository accounts;
    private final PaymentIntentRepository intents;
    private final PaymentLedgerRepository ledgers;
    private final Clock clock;

    public BookingDeposits(TransactionRunner transactions, PaymentGateway gateway, ConnectedAccountRepository accounts,
                           PaymentIntentRepository intents, PaymentLedgerRepository ledgers, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.intents = Objects.requireNonNull(intents, "intents");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How a booking's deposit is taken, decided once, before the slot is taken. */
    public sealed interface Plan {

        /** Whether the slot is held while the client pays by card, rather than confirmed at once. */
        default boolean holdsSlot() {
            return this instanceof ByCard;
        }

        /** The treatment asks no deposit. */
        record None() implements Plan {
        }

        /** The clinic takes no cards (or has not linked its processor account yet): the deposit is due at the desk. */
        record AtDesk(Money amount, Money price) implements Plan {
            public AtDesk {
                Objects.requireNonNull(amount, "amount");
                Objects.requireNonNull(price, "price");
            }
        }

        /** By card, straight to the clinic's own account at the processor. */
        record ByCard(ConnectedAccountId account, String publishableKey, Money amount, Money price) implements Plan {
            public ByCard {
                Objects.requireNonNull(account, "account");
                Objects.requireNonNull(publishableKey, "publishableKey");
                Objects.requireNonNull(amount, "amount");
                Objects.requireNonNull(price, "price");
            }
        }
    }

    /**
     * How the deposit of a treatment will be taken at this clinic; must run inside the booking's tenant transaction,
     * which it reads the clinic's processor account in.
     */
    public Plan plan(TenantId tenant, Money deposit, Money price) {
        if (deposit.minorUnits() <= 0) {
            return new Plan.None();
        }
        if (gateway.mode() instanceof GatewayMode.CardPayments cards) {
            Optional<ConnectedAccountId> account = accounts.find(tenant);
            if (account.isPresent()) {
                return new Plan.ByCard(account.get(), cards.publishableKey(), deposit, price);
            }
        }
        return new Plan.AtDesk(deposit, price);
    }

    /**
     * Records a deposit due at the desk in the appointment's ledger; must run inside the transaction that stores the
     * appointment, so the two are one change.
     */
    public DepositInstructions.PayAtDesk recordDueAtDesk(AppointmentId appointment, Plan.AtDesk plan) {
        var locked = ledgers.lockOrOpen(appointment, plan.price());
        record(appointment, locked.ledger().depositDueAtDesk(plan.amount(), clock.instant(),
                PaymentReference.of("desk-deposit-" + appointment)));
        return new DepositInstructions.PayAtDesk(plan.amount());
    }

    /**
     * Asks the processor for the card payment with no transaction open, then records the intent and the requested
     * deposit in one transaction; asking again for the same appointment returns the same intent and records nothing
     * more.
     *
     * @throws PaymentGatewayException the processor refused or could not be reached; nothing was recorded
     */
    public DepositInstructions.PayByCard collectByCard(TenantId tenant, AppointmentId appointment, Plan.ByCard plan,
                                                       Instant holdExpiresAt) {
        Objects.requireNonNull(holdExpiresAt, "holdExpiresAt");
        DepositCollection collection = gateway.createDepositIntent(DepositIntentRequest.of(tenant, appointment,
                plan.account(), plan.amount()));
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
                intents.add(new PaymentIntentRecord(card.intent(), appointment, plan.amount(), card.status(), now));
            }
            var locked = ledgers.lockOrOpen(appointment, plan.price());
            record(appointment, locked.ledger().requestDeposit(plan.amount(), now, card.intent().asReference()));
            return null;
        });
        return new DepositInstructions.PayByCard(card.intent(), card.clientSecret(), plan.publishableKey(),
                plan.amount(), holdExpiresAt);
    }

    private void record(AppointmentId appointment, LedgerResult result) {
        if (result instanceof LedgerResult.Recorded recorded) {
            ledgers.append(appointment, recorded.entry());
        }
    }
}
