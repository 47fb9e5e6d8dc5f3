package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.port.in.common.InvalidInputException;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.shared.Money;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A treatment's deposit rule as one flat JSON object, because forms edit it as a type plus a few amounts; amounts
 * are minor units of the clinic's currency.
 *
 * @param type NONE, FIXED or PERCENTAGE; the other fields apply to one type each
 */
@Schema(name = "Deposit", requiredProperties = {"type"}, properties = {
        @SchemaProperty(name = "type", example = "PERCENTAGE", description = "NONE, FIXED or PERCENTAGE"),
        @SchemaProperty(name = "amountMinorUnits", example = "5000", nullable = true,
                description = "FIXED only: the deposit in pence, capped at the price"),
        @SchemaProperty(name = "basisPoints", example = "2500", nullable = true,
                description = "PERCENTAGE only: 1 to 10000 (2500 = 25%), rounded half-up to the penny"),
        @SchemaProperty(name = "minimumMinorUnits", example = "2000", nullable = true,
                description = "PERCENTAGE only: optional floor in pence"),
        @SchemaProperty(name = "maximumMinorUnits", example = "10000", nullable = true,
                description = "PERCENTAGE only: optional ceiling in pence, not below the minimum")})
public record DepositJson(String type, Long amountMinorUnits, Integer basisPoints, Long minimumMinorUnits,
                          Long maximumMinorUnits) {

    /**
     * The currency deposit amounts are read in. Every LACA tenant trades in pounds sterling today, and the treatment
     * draft carries money with its currency, so a clinic in another currency would get a 400 here, never a wrong
     * charge (the treatment refuses a deposit in another currency than its price).
     */
    static final String CLINIC_CURRENCY = "GBP";

    /** The kinds of deposit rule, as the JSON names them. */
    enum Type { NONE, FIXED, PERCENTAGE }

    /** The policy; a {@code null} deposit object means none. */
    static DepositPolicy toPolicy(DepositJson json) {
        if (json == null) {
            return DepositPolicy.none();
        }
        Type kind = Fields.enumValue(Type.class, json.type, "deposit.type");
        return switch (kind) {
            case NONE -> DepositPolicy.none();
            case FIXED -> {
                long amount = Fields.required(json.amountMinorUnits, "deposit.amountMinorUnits");
                if (amount <= 0) {
                    throw new InvalidInputException("deposit.amountMinorUnits", "must be positive");
                }
                yield DepositPolicy.fixed(money(amount));
            }
            case PERCENTAGE -> percentage(json);
        };
    }

    private static DepositPolicy percentage(DepositJson json) {
        int points = Fields.required(json.basisPoints, "deposit.basisPoints");
        if (points < 1 || points > 10_000) {
            throw new InvalidInputException("deposit.basisPoints", "must be between 1 and 10000");
        }
        Optional<Money> minimum = optionalAmount(json.minimumMinorUnits, "deposit.minimumMinorUnits");
        Optional<Money> maximum = optionalAmount(json.maximumMinorUnits, "deposit.maximumMinorUnits");
        if (minimum.isPresent() && maximum.isPresent() && minimum.get().isGreaterThan(maximum.get())) {
            throw new InvalidInputException("deposit.maximumMinorUnits", "must not be below the minimum");
        }
        return new DepositPolicy.PercentageDeposit(points, minimum, maximum);
    }

    private static Optional<Money> optionalAmount(Long minorUnits, String field) {
        if (minorUnits == null) {
            return Optional.empty();
        }
        if (minorUnits < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        return Optional.of(money(minorUnits));
    }

    private static Money money(long minorUnits) {
        return Money.of(minorUnits, CLINIC_CURRENCY);
    }

    /** The JSON of a policy; every kind of policy is handled, and an unknown one fails loudly. */
    static DepositJson from(DepositPolicy policy) {
        if (policy instanceof DepositPolicy.NoDeposit) {
            return new DepositJson(Type.NONE.name(), null, null, null, null);
        }
        if (policy instanceof DepositPolicy.FixedDeposit fixed) {
            return new DepositJson(Type.FIXED.name(), fixed.amount().minorUnits(), null, null, null);
        }
        if (policy instanceof DepositPolicy.PercentageDeposit percentage) {
            return new DepositJson(Type.PERCENTAGE.name(), null, percentage.basisPoints(),
                    percentage.minimum().map(Money::minorUnits).orElse(null),
                    percentage.maximum().map(Money::minorUnits).orElse(null));
        }
        throw new IllegalStateException("unhandled deposit policy " + policy.getClass().getName());
    }
}
