package com.laca.application.clinic.port.in;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A treatment's deposit rule as a client states it, without a currency, because only the service knows the tenant's
 * currency and turns this into a {@link com.laca.domain.payment.DepositPolicy}, as it does for the price.
 *
 * @param kind             which rule applies; the other fields apply to one kind each and are ignored otherwise
 * @param amountMinorUnits FIXED only: the deposit in the tenant currency's minor unit
 * @param basisPoints      PERCENTAGE only: 2500 = 25%
 * @param minimumMinorUnits PERCENTAGE only: optional floor in minor units
 * @param maximumMinorUnits PERCENTAGE only: optional ceiling in minor units
 */
public record DepositDraft(Kind kind, long amountMinorUnits, int basisPoints, OptionalLong minimumMinorUnits,
                           OptionalLong maximumMinorUnits) {

    /** The kinds of deposit rule a treatment may ask for. */
    public enum Kind { NONE, FIXED, PERCENTAGE }

    public DepositDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(minimumMinorUnits, "minimumMinorUnits");
        Objects.requireNonNull(maximumMinorUnits, "maximumMinorUnits");
    }

    /** No deposit: the whole price is paid at the clinic. */
    public static DepositDraft none() {
        return new DepositDraft(Kind.NONE, 0, 0, OptionalLong.empty(), OptionalLong.empty());
    }

    /** The same amount whatever the treatment costs. */
    public static DepositDraft fixed(long amountMinorUnits) {
        return new DepositDraft(Kind.FIXED, amountMinorUnits, 0, OptionalLong.empty(), OptionalLong.empty());
    }

    /** A share of the price, optionally with a floor and a ceiling. */
    public static DepositDraft percentage(int basisPoints, OptionalLong minimumMinorUnits,
                                          OptionalLong maximumMinorUnits) {
        return new DepositDraft(Kind.PERCENTAGE, 0, basisPoints, minimumMinorUnits, maximumMinorUnits);
    }
}
