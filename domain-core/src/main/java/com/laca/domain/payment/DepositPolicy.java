package com.laca.domain.payment;

import com.laca.domain.shared.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * How much deposit a treatment asks for up front, because deposits are how clinics stop no-shows.
 *
 * <p>The one rounding rule: a percentage is computed exactly and rounded <b>half-up to the nearest minor unit</b>
 * (12.5p becomes 13p, 12.4p becomes 12p); then the minimum and the maximum apply; and last the deposit is
 * <b>capped at the price</b>, so a deposit is never more than the treatment costs (a free treatment asks for none).
 */
public sealed interface DepositPolicy {

    /** The deposit for a treatment of the given non-negative price, in the price's currency. */
    Money depositFor(Money price);

    /** No deposit: the whole price is paid at the clinic. */
    static DepositPolicy none() {
        return new NoDeposit();
    }

    /** A fixed deposit, capped at the price. */
    static DepositPolicy fixed(Money amount) {
        return new FixedDeposit(amount);
    }

    /** A percentage of the price in basis points (2500 = 25%), with neither minimum nor maximum. */
    static PercentageDeposit percentage(int basisPoints) {
        return new PercentageDeposit(basisPoints, Optional.empty(), Optional.empty());
    }

    /** The treatment asks for no deposit. */
    record NoDeposit() implements DepositPolicy {

        @Override
        public Money depositFor(Money price) {
            requireNonNegative(price);
            return Money.zero(price.currency());
        }
    }

    /**
     * The treatment asks for the same amount whatever it costs, but never more than the price.
     *
     * @param amount a positive amount
     */
    record FixedDeposit(Money amount) implements DepositPolicy {

        public FixedDeposit {
            Objects.requireNonNull(amount, "amount");
            if (amount.minorUnits() <= 0) {
                throw new IllegalArgumentException("a fixed deposit must be positive; use none() for no deposit");
            }
        }

        @Override
        public Money depositFor(Money price) {
            requireNonNegative(price);
            return min(amount, price);
        }
    }

    /**
     * The treatment asks for a share of its price, so expensive treatments carry proportionate deposits.
     *
     * @param basisPoints 1 to 10,000 (0.01% to 100%)
     * @param minimum     optional floor, applied after rounding
     * @param maximum     optional ceiling, applied after the floor; not below the minimum
     */
    record PercentageDeposit(int basisPoints, Optional<Money> minimum, Optional<Money> maximum)
            implements DepositPolicy {

        private static final long WHOLE = 10_000;

        public PercentageDeposit {
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(maximum, "maximum");
            if (basisPoints < 1 || basisPoints > WHOLE) {
                throw new IllegalArgumentException("basis points must be 1 to 10000: " + basisPoints);
            }
            minimum.ifPresent(DepositPolicy::requireNonNegative);
            maximum.ifPresent(DepositPolicy::requireNonNegative);
            if (minimum.isPresent() && maximum.isPresent() && minimum.get().isGreaterThan(maximum.get())) {
                throw new IllegalArgumentException("the minimum deposit must not exceed the maximum");
            }
        }

        /** The same percentage with a floor. */
        public PercentageDeposit withMinimum(Money floor) {
            return new PercentageDeposit(basisPoints, Optional.of(floor), maximum);
        }

        /** The same percentage with a ceiling. */
        public PercentageDeposit withMaximum(Money ceiling) {
            return new PercentageDeposit(basisPoints, minimum, Optional.of(ceiling));
        }

        @Override
        public Money depositFor(Money price) {
            requireNonNegative(price);
            Money deposit = Money.of(roundedShare(price.minorUnits()), price.currency());
            if (minimum.isPresent()) {
                deposit = max(deposit, minimum.get());
            }
            if (maximum.isPresent()) {
                deposit = min(deposit, maximum.get());
            }
            return min(deposit, price);
        }

        /** Splits the price so the multiplication cannot overflow, then rounds half-up. */
        private long roundedShare(long price) {
            long whole = price / WHOLE;
            long rest = price % WHOLE;
            return whole * basisPoints + (rest * basisPoints + WHOLE / 2) / WHOLE;
        }
    }

    private static void requireNonNegative(Money money) {
        Objects.requireNonNull(money, "money");
        if (money.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + money);
        }
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
