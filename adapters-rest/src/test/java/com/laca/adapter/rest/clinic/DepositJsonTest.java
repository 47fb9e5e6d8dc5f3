package com.laca.adapter.rest.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.clinic.port.in.DepositDraft;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.shared.Money;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DepositJsonTest {

    @Test
    @DisplayName("each kind of deposit rule survives the trip to JSON and back, with no currency of its own")
    void roundTrip() {
        Map<DepositPolicy, DepositDraft> cases = Map.of(
                DepositPolicy.none(), DepositDraft.none(),
                DepositPolicy.fixed(Money.of(5_000, "EUR")), DepositDraft.fixed(5_000),
                DepositPolicy.percentage(2_500).withMinimum(Money.of(2_000, "USD"))
                        .withMaximum(Money.of(10_000, "USD")),
                DepositDraft.percentage(2_500, OptionalLong.of(2_000), OptionalLong.of(10_000)),
                DepositPolicy.percentage(1_000),
                DepositDraft.percentage(1_000, OptionalLong.empty(), OptionalLong.empty()));
        cases.forEach((policy, draft) -> assertThat(DepositJson.toDraft(DepositJson.from(policy))).isEqualTo(draft));
        assertThat(DepositJson.toDraft(null)).isEqualTo(DepositDraft.none());
    }

    @Test
    @DisplayName("a broken deposit rule is refused naming the field")
    void badFields() {
        assertField(new DepositJson("SOME", null, null, null, null), "deposit.type");
        assertField(new DepositJson("FIXED", 0L, null, null, null), "deposit.amountMinorUnits");
        assertField(new DepositJson("PERCENTAGE", null, null, null, null), "deposit.basisPoints");
        assertField(new DepositJson("PERCENTAGE", null, 10_001, null, null), "deposit.basisPoints");
        assertField(new DepositJson("PERCENTAGE", null, 2_500, 5_000L, 1_000L), "deposit.maximumMinorUnits");
    }

    private static void assertField(DepositJson json, String field) {
        assertThatThrownBy(() -> DepositJson.toDraft(json)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys(field));
    }
}
