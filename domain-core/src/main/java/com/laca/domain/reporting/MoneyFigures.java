package com.laca.domain.reporting;

import com.laca.domain.shared.Money;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * The owner's money for one period, added up from ledger entries alone, so the report agrees with every
 * appointment's ledger to the penny: takings by method, refunds by method, deposits kept, and deposits still held for
 * appointments that had not started by the period's end.
 *
 * @param card         card money captured in the period
 * @param desk         money paid at the desk in the period
 * @param cardRefunds  card refunds issued in the period, less refunds that failed in it
 * @param deskRefunds  money given back at the desk in the period
 * @param forfeits     deposits kept in the period, less forfeits waived in it
 * @param depositsHeld at the period's end, as {@link DepositsHeld} defines it (the dashboard's definition too)
 */
public record MoneyFigures(Money card, Money desk, Money cardRefunds, Money deskRefunds, Money forfeits,
                           Money depositsHeld) {

    public MoneyFigures {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(cardRefunds, "cardRefunds");
        Objects.requireNonNull(deskRefunds, "deskRefunds");
        Objects.requireNonNull(forfeits, "forfeits");
        Objects.requireNonNull(depositsHeld, "depositsHeld");
    }

    /**
     * The figures of the period {@code [from, to)}; {@code movements} must hold every entry recorded in it and, for
     * the deposits held, every earlier entry of appointments starting after {@code to}.
     */
    public static MoneyFigures of(Collection<MoneyMovement> movements, Instant from, Instant to, String currency) {
        Money zero = Money.zero(currency);
        Money card = zero;
        Money desk = zero;
        Money cardRefunds = zero;
        Money deskRefunds = zero;
        Money forfeits = zero;
        for (MoneyMovement m : movements) {
            boolean inPeriod = !m.at().isBefore(from) && m.at().isBefore(to);
            if (inPeriod) {
                switch (m.kind()) {
                    case DEPOSIT_PAID -> card = card.plus(m.amount());
                    case BALANCE_PAID_AT_DESK -> desk = desk.plus(m.amount());
                    case REFUND_ISSUED -> cardRefunds = cardRefunds.plus(m.amount());
                    case REFUND_FAILED -> cardRefunds = cardRefunds.minus(m.amount());
                    case REFUNDED_AT_DESK -> deskRefunds = deskRefunds.plus(m.amount());
                    case DEPOSIT_FORFEITED -> forfeits = forfeits.plus(m.amount());
                    case FORFEIT_WAIVED -> forfeits = forfeits.minus(m.amount());
                    case DEPOSIT_REQUESTED, DEPOSIT_DUE_AT_DESK, REFUND_CONFIRMED, DISPUTE_OPENED -> {
                        // notes that move no money
                    }
                }
            }
        }
        return new MoneyFigures(card, desk, cardRefunds, deskRefunds, forfeits,
                DepositsHeld.at(movements, to, currency));
    }

    /** Takings less refunds: what the period brought the clinic. */
    public Money net() {
        return card.plus(desk).minus(cardRefunds).minus(deskRefunds);
    }
}
