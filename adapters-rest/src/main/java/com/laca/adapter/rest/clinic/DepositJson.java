package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.clinic.port.in.DepositDraft;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.shared.Money;
import java.util.OptionalLong;
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
                description = "FIXED only: the deposit in minor units of the clinic's currency, capped at the price"),
        @SchemaProperty(name = "basisPoints", example = "2500", nullable = true,
                description = "PERCENTAGE only: 1 to 10000 (2500 = 25%), rounded half-up to the minor unit"),
        @SchemaProperty(name = "minimumMinorUnits", example = "2000", nullable = true,
                description = "PERCENTAGE only: optional floor in minor units"),
        @SchemaProperty(name = "maximumMinorUnits", example = "10000", nullable = true,
                description = "PERCENTAGE only: optional ceiling in minor units, not below the minimum")})
public record DepositJson(String type, Long amountMinorUnits, Integer basisPoints, Long minimumMinorUnits,
                          Long maximumMinorUnits) {

    /**
     * The deposit rule as the use case takes it, without a currency: the service reads the amounts in the clinic's
     * own currency. A {@code null} deposit object means none.
     */
    static DepositDraft toDraft(DepositJson json) {
        if (json == null) {
            return DepositDraft.none();
        }
        DepositDraft.Kind kind = Fields.enumValue(DepositDraft.Kind.class, json.type, "deposit.type");
        return switch (kind) {
            case NONE -> DepositDraft.none();
            case FIXED -> {
                long amount = Fields.required(json.amountMinorUnits, "deposit.amountMinorUnits");
                if (amount <= 0) {
                    throw new InvalidInputException("deposit.amountMinorUnits", "must be positive");
                }
                yield DepositDraft.fixed(amount);
            }
            case PERCENTAGE -> percentage(json);
        };
    }

    private static DepositDraft percentage(DepositJson json) {
        int points = Fields.required(json.basisPoints, "deposit.basisPoints");
        if (points < 1 || points > 10_000) {
            throw new InvalidInputException("deposit.basisPoints", "must be between 1 and 10000");
        }
        OptionalLong minimum = optionalAmount(json.minimumMinorUnits, "deposit.minimumMinorUnits");
        OptionalLong maximum = optionalAmount(json.maximumMinorUnits, "deposit.maximumMinorUnits");
        if (minimum.isPresent() && maximum.isPresent() && minimum.getAsLong() > maximum.getAsLong()) {
            throw new InvalidInputException("deposit.maximumMinorUnits", "must not be below the minimum");
        }
        return DepositDraft.percentage(points, minimum, maximum);
    }

    private static OptionalLong optionalAmount(Long minorUnits, String field) {
        if (minorUnits == null) {
            return OptionalLong.empty();
        }
        if (minorUnits < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        return OptionalLong.of(minorUnits);
    }

    /** The JSON of a policy; every kind of policy is handled, and an unknown one fails loudly. */
    static DepositJson from(DepositPolicy policy) {
        if (policy instanceof DepositPolicy.NoDeposit) {
            return new DepositJson(DepositDraft.Kind.NONE.name(), null, null, null, null);
        }
        if (policy instanceof DepositPolicy.FixedDeposit fixed) {
            return new DepositJson(DepositDraft.Kind.FIXED.name(), fixed.amount().minorUnits(), null, null, null);
        }
        if (policy instanceof DepositPolicy.PercentageDeposit percentage) {
            return new DepositJson(DepositDraft.Kind.PERCENTAGE.name(), null, percentage.basisPoints(),
                    percentage.minimum().map(Money::minorUnits).orElse(null),
                    percentage.maximum().map(Money::minorUnits).orElse(null));
        }
        throw new IllegalStateException("unhandled deposit policy " + policy.getClass().getName());
    }
}
