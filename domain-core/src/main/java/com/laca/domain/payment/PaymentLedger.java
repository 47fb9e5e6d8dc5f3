package com.laca.domain.payment;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The append-only money ledger of one appointment; every total (captured, refunded, refundable, balance due,
 * revenue) is derived from its entries and never stored twice, so the figures cannot drift apart.
 *
 * <p>Its central guard: a refund can never exceed what was captured minus what was already refunded or forfeited.
 * Each fact is identified by its kind and reference, so recording it again (a retried request, a repeated webhook)
 * answers {@link LedgerResult.AlreadyRecorded} and changes nothing.
 */
public final class PaymentLedger {

    private final AppointmentId appointment;
    private final String currency;
    private final List<LedgerEntry> entries;

    private PaymentLedger(AppointmentId appointment, String currency) {
        this.appointment = Objects.requireNonNull(appointment, "appointment");
        this.currency = Money.zero(currency).currency();
        this.entries = new ArrayList<>();
    }

    /** A new, empty ledger for an appointment priced in the given currency. */
    public static PaymentLedger open(AppointmentId appointment, String currency) {
        return new PaymentLedger(appointment, currency);
    }

    /**
     * Rebuilds a stored ledger, replaying every entry through the same rules so a corrupt history is refused.
     *
     * @throws IllegalArgumentException if an entry has another currency, a foreign id, a duplicate, or over-refunds
     */
    public static PaymentLedger reload(AppointmentId appointment, String currency, List<LedgerEntry> stored) {
        PaymentLedger ledger = new PaymentLedger(appointment, currency);
        for (LedgerEntry entry : List.copyOf(stored)) {
            ledger.replay(entry);
        }
        return ledger;
    }

    public AppointmentId appointment() {
        return appointment;
    }

    public String currency() {
        return currency;
    }

    /** Every entry in the order it was recorded. */
    public List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    /** Records that a card deposit was asked for under the given payment intent. */
    public LedgerResult requestDeposit(Money amount, Instant at, PaymentReference intent) {
        return append(LedgerEntryKind.DEPOSIT_REQUESTED, amount, at, intent, "deposit requested");
    }

    /** Records that the deposit will be paid at the desk because the clinic takes no card payments. */
    public LedgerResult depositDueAtDesk(Money amount, Instant at, PaymentReference reference) {
        return append(LedgerEntryKind.DEPOSIT_DUE_AT_DESK, amount, at, reference, "deposit due at the desk");
    }

    /** Records a captured card deposit; money that arrived is always recorded, even when it was not expected. */
    public LedgerResult recordDepositPaid(Money amount, Instant at, PaymentReference intent) {
        return append(LedgerEntryKind.DEPOSIT_PAID, amount, at, intent, "deposit paid by card");
    }

    /**
     * Records money paid at the clinic's desk (the balance, or the deposit in pay-at-clinic mode) for a treatment at
     * the given price: never more than the balance due, so a mistyped amount cannot inflate the clinic's revenue, and
     * a receipt recorded before counts again only for the same amount.
     */
    public LedgerResult recordBalancePaidAtDesk(Money amount, Money price, Instant at, PaymentReference receipt,
                                                String reason) {
        requireCurrency(amount);
        Optional<LedgerEntry> earlier = find(LedgerEntryKind.BALANCE_PAID_AT_DESK, receipt);
        if (earlier.isPresent()) {
            return sameAmountOrReused(earlier.get(), amount);
        }
        Money due = balanceDue(price);
        if (amount.isGreaterThan(due)) {
            return new LedgerResult.Rejected(LedgerRejection.EXCEEDS_BALANCE_DUE, due);
        }
        return append(LedgerEntryKind.BALANCE_PAID_AT_DESK, amount, at, receipt, reason);
    }

    /**
     * Records a card refund before it is sent to the processor, so two concurrent requests cannot both pass the
     * guard; use the request's idempotency key as the reference.
     */
    public LedgerResult refund(Money amount, Instant at, PaymentReference reference, String reason) {
        requireCurrency(amount);
        Optional<LedgerEntry> earlier = find(LedgerEntryKind.REFUND_ISSUED, reference);
        if (earlier.isPresent()) {
            return sameAmountOrReused(earlier.get(), amount);
        }
        if (captured().isZero()) {
            return new LedgerResult.Rejected(LedgerRejection.NOTHING_CAPTURED, cardRefundable());
        }
        if (amount.isGreaterThan(cardRefundable())) {
            return new LedgerResult.Rejected(LedgerRejection.EXCEEDS_REFUNDABLE, cardRefundable());
        }
        return append(LedgerEntryKind.REFUND_ISSUED, amount, at, reference, reason);
    }

    /**
     * Records money paid at the desk as given back at the desk, because a clinic that takes no cards must still be
     * able to refund a deposit; never more than was paid at the desk and is still refundable, and a reference
     * recorded before counts again only for the same amount.
     */
    public LedgerResult refundAtDesk(Money amount, Instant at, PaymentReference reference, String reason) {
        requireCurrency(amount);
        Optional<LedgerEntry> earlier = find(LedgerEntryKind.REFUNDED_AT_DESK, reference);
        if (earlier.isPresent()) {
            return sameAmountOrReused(earlier.get(), amount);
        }
        if (paidAtDesk().isZero()) {
            return new LedgerResult.Rejected(LedgerRejection.NOTHING_CAPTURED, deskRefundable());
        }
        if (amount.isGreaterThan(deskRefundable())) {
            return new LedgerResult.Rejected(LedgerRejection.EXCEEDS_REFUNDABLE, deskRefundable());
        }
        return append(LedgerEntryKind.REFUNDED_AT_DESK, amount, at, reference, reason);
    }

    /** Records that an issued refund failed at the processor, which makes its amount refundable again. */
    public LedgerResult recordRefundFailed(PaymentReference refund, Instant at, String reason) {
        Optional<LedgerEntry> issued = find(LedgerEntryKind.REFUND_ISSUED, refund);
        if (issued.isEmpty()) {
            return new LedgerResult.Rejected(LedgerRejection.UNKNOWN_REFUND, Money.zero(currency));
        }
        return append(LedgerEntryKind.REFUND_FAILED, issued.get().amount(), at, refund, reason);
    }

    /** Notes that the processor accepted an issued refund; it moves no money, it only ends "pending". */
    public LedgerResult confirmRefund(PaymentReference refund, Instant at) {
        Optional<LedgerEntry> issued = find(LedgerEntryKind.REFUND_ISSUED, refund);
        if (issued.isEmpty()) {
            return new LedgerResult.Rejected(LedgerRejection.UNKNOWN_REFUND, Money.zero(currency));
        }
        return append(LedgerEntryKind.REFUND_CONFIRMED, issued.get().amount(), at, refund,
                "accepted by the processor");
    }

    /**
     * Refunds recorded as issued that the processor has neither accepted nor refused yet (it was unreachable), in the
     * order they were issued; each must be sent again under its own reference.
     */
    public List<LedgerEntry> pendingRefunds() {
        return entries.stream()
                .filter(entry -> entry.kind() == LedgerEntryKind.REFUND_ISSUED)
                .filter(entry -> find(LedgerEntryKind.REFUND_CONFIRMED, entry.reference()).isEmpty()
                        && find(LedgerEntryKind.REFUND_FAILED, entry.reference()).isEmpty())
                .toList();
    }

    /**
     * Forfeits everything still refundable (card or desk money), so the clinic keeps it and it can no longer be
     * refunded by mistake.
     */
    public LedgerResult forfeitDeposit(Instant at, PaymentReference reference, String reason) {
        Optional<LedgerEntry> earlier = find(LedgerEntryKind.DEPOSIT_FORFEITED, reference);
        if (earlier.isPresent()) {
            return new LedgerResult.AlreadyRecorded(earlier.get());
        }
        Money amount = refundable();
        if (amount.isZero()) {
            return new LedgerResult.Rejected(LedgerRejection.NOTHING_TO_FORFEIT, amount);
        }
        return append(LedgerEntryKind.DEPOSIT_FORFEITED, amount, at, reference, reason);
    }

    /** Waives every forfeit so far, which makes that money refundable again; the refund itself is a separate step. */
    public LedgerResult waiveForfeit(Instant at, PaymentReference reference, String reason) {
        Optional<LedgerEntry> earlier = find(LedgerEntryKind.FORFEIT_WAIVED, reference);
        if (earlier.isPresent()) {
            return new LedgerResult.AlreadyRecorded(earlier.get());
        }
        Money amount = forfeited();
        if (amount.isZero()) {
            return new LedgerResult.Rejected(LedgerRejection.NOTHING_FORFEITED, amount);
        }
        return append(LedgerEntryKind.FORFEIT_WAIVED, amount, at, reference, reason);
    }

    /**
     * Notes that the client disputed the payment with their bank, so the owner sees it in the ledger; the amount is
     * the disputed amount and counts in no total.
     */
    public LedgerResult recordDispute(Money amount, Instant at, PaymentReference dispute, String reason) {
        return append(LedgerEntryKind.DISPUTE_OPENED, amount, at, dispute, reason);
    }

    /** True once a dispute was noted, so the owner can be shown the flag without scanning the entries. */
    public boolean disputed() {
        return entries.stream().anyMatch(entry -> entry.kind() == LedgerEntryKind.DISPUTE_OPENED);
    }

    /** Card money captured for this appointment. */
    public Money captured() {
        return sum(LedgerEntryKind.DEPOSIT_PAID);
    }

    /** Money paid at the desk. */
    public Money paidAtDesk() {
        return sum(LedgerEntryKind.BALANCE_PAID_AT_DESK);
    }

    /** Money sent back, by card (not counting refunds that later failed) or at the desk. */
    public Money refunded() {
        return cardRefunded().plus(refundedAtDesk());
    }

    /** Card money sent back, not counting refunds that later failed. */
    public Money cardRefunded() {
        return sum(LedgerEntryKind.REFUND_ISSUED).minus(sum(LedgerEntryKind.REFUND_FAILED));
    }

    /** Desk money given back at the desk. */
    public Money refundedAtDesk() {
        return sum(LedgerEntryKind.REFUNDED_AT_DESK);
    }

    /** Money the clinic keeps because of a forfeit that was not waived. */
    public Money forfeited() {
        return sum(LedgerEntryKind.DEPOSIT_FORFEITED).minus(sum(LedgerEntryKind.FORFEIT_WAIVED));
    }

    /** The most that can still be refunded, by card or at the desk: all money in, minus refunded, minus forfeited. */
    public Money refundable() {
        return captured().plus(paidAtDesk()).minus(refunded()).minus(forfeited());
    }

    /** The part of {@link #refundable()} the processor can send back: card money not yet refunded. */
    public Money cardRefundable() {
        return atMostRefundable(captured().minus(cardRefunded()));
    }

    /** The part of {@link #refundable()} that can be given back at the desk: desk money not yet given back. */
    public Money deskRefundable() {
        return atMostRefundable(paidAtDesk().minus(refundedAtDesk()));
    }

    private Money atMostRefundable(Money part) {
        Money bound = part.isGreaterThan(refundable()) ? refundable() : part;
        return bound.isNegative() ? Money.zero(currency) : bound;
    }

    /** What the clinic holds for this appointment after refunds: card captures plus desk payments minus refunds. */
    public Money clinicRevenue() {
        return captured().plus(paidAtDesk()).minus(refunded());
    }

    /** What the client still owes for a treatment at this price; never negative. */
    public Money balanceDue(Money price) {
        requireCurrency(price);
        Money due = price.minus(clinicRevenue());
        return due.isNegative() ? Money.zero(currency) : due;
    }

    private LedgerResult append(
            LedgerEntryKind kind, Money amount, Instant at, PaymentReference reference, String reason) {
        Optional<LedgerEntry> earlier = find(kind, reference);
        if (earlier.isPresent()) {
            return new LedgerResult.AlreadyRecorded(earlier.get());
        }
        requireCurrency(amount);
        LedgerEntry entry = new LedgerEntry(
                LedgerEntryId.derive(appointment, kind, reference), kind, amount, at, reference, reason);
        entries.add(entry);
        return new LedgerResult.Recorded(entry);
    }

    /** A retry finds its earlier entry; the same reference for another amount is a different request, refused. */
    private static LedgerResult sameAmountOrReused(LedgerEntry earlier, Money amount) {
        return earlier.amount().equals(amount) ? new LedgerResult.AlreadyRecorded(earlier)
                : new LedgerResult.Rejected(LedgerRejection.REFERENCE_REUSED, earlier.amount());
    }

    private void replay(LedgerEntry entry) {
        if (!entry.id().equals(LedgerEntryId.derive(appointment, entry.kind(), entry.reference()))) {
            throw new IllegalArgumentException("entry " + entry.id() + " does not belong to " + appointment);
        }
        if (find(entry.kind(), entry.reference()).isPresent()) {
            throw new IllegalArgumentException("entry " + entry.id() + " is stored twice");
        }
        requireCurrency(entry.amount());
        entries.add(entry);
        if (refundable().isNegative()) {
            throw new IllegalArgumentException("stored ledger of " + appointment + " refunds more than it captured");
        }
    }

    private Optional<LedgerEntry> find(LedgerEntryKind kind, PaymentReference reference) {
        return entries.stream()
                .filter(entry -> entry.kind() == kind && entry.reference().equals(reference))
                .findFirst();
    }

    private Money sum(LedgerEntryKind kind) {
        return entries.stream()
                .filter(entry -> entry.kind() == kind)
                .map(LedgerEntry::amount)
                .reduce(Money.zero(currency), Money::plus);
    }

    private void requireCurrency(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.currency().equals(currency)) {
            throw new IllegalArgumentException("ledger is in " + currency + ", not " + amount.currency());
        }
    }
}
