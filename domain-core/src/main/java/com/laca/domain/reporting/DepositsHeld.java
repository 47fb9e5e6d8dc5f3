package com.laca.domain.reporting;

import com.laca.domain.shared.Money;
import java.time.Instant;
import java.util.Collection;

/**
 * The one definition of "deposits held", shared by the dashboard and the money view so the two screens never show two
 * different figures under one name: at a moment, the money in (card deposits and desk payments) less refunds and
 * forfeits, recorded before that moment, of appointments that start after it; a refund that failed and a waived
 * forfeit give the money back to the held sum.
 */
public final class DepositsHeld {

    private DepositsHeld() {
    }

    /** The deposits held at {@code at}, in {@code currency}; movements in another currency are left out. */
    public static Money at(Collection<MoneyMovement> movements, Instant at, String currency) {
        Money held = Money.zero(currency);
        for (MoneyMovement m : movements) {
            if (m.amount().currency().equals(currency) && m.at().isBefore(at) && m.appointmentStart().isAfter(at)) {
                held = held.plus(effect(m));
            }
        }
        return held;
    }

    /** How one entry changes the money held for an appointment: in adds, refunds and forfeits take away. */
    private static Money effect(MoneyMovement m) {
        Money zero = Money.zero(m.amount().currency());
        return switch (m.kind()) {
            case DEPOSIT_PAID, BALANCE_PAID_AT_DESK, REFUND_FAILED, FORFEIT_WAIVED -> m.amount();
            case REFUND_ISSUED, REFUNDED_AT_DESK, DEPOSIT_FORFEITED -> zero.minus(m.amount());
            case DEPOSIT_REQUESTED, DEPOSIT_DUE_AT_DESK, REFUND_CONFIRMED, DISPUTE_OPENED -> zero;
        };
    }
}
