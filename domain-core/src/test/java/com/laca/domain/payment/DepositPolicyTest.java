package com.laca.domain.payment;

import com.laca.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Deposit policy")
class DepositPolicyTest {

    private static Money gbp(long pence) {
        return Money.of(pence, "GBP");
    }

    @Nested
    @DisplayName("with no deposit")
    class NoDeposit {

        @Test
        @DisplayName("asks for nothing, whatever the price")
        void asksForNothing() {
            assertThat(DepositPolicy.none().depositFor(gbp(25_000))).isEqualTo(gbp(0));
        }
    }

    @Nested
    @DisplayName("with a fixed amount")
    class Fixed {

        @Test
        @DisplayName("asks for that amount")
        void asksForTheAmount() {
            assertThat(DepositPolicy.fixed(gbp(5_000)).depositFor(gbp(25_000))).isEqualTo(gbp(5_000));
        }

        @Test
        @DisplayName("never asks for more than the treatment costs")
        void cappedAtPrice() {
            assertThat(DepositPolicy.fixed(gbp(5_000)).depositFor(gbp(3_000))).isEqualTo(gbp(3_000));
        }

        @Test
        @DisplayName("asks for nothing on a free treatment")
        void freeTreatment() {
            assertThat(DepositPolicy.fixed(gbp(5_000)).depositFor(gbp(0))).isEqualTo(gbp(0));
        }

        @Test
        @DisplayName("cannot be zero or negative: that is 'no deposit'")
        void mustBePositive() {
            assertThatThrownBy(() -> DepositPolicy.fixed(gbp(0))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> DepositPolicy.fixed(gbp(-1))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("refuses a price in another currency")
        void currencyMustMatch() {
            assertThatThrownBy(() -> DepositPolicy.fixed(gbp(5_000)).depositFor(Money.of(10_000, "EUR")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("with a percentage of the price")
    class Percentage {

        @ParameterizedTest(name = "{1} basis points of {0}p is {2}p")
        @CsvSource({
                "0,       2500, 0",
                "1,       2500, 0",
                "2,       2500, 1",
                "1,       5000, 1",
                "3,       5000, 2",
                "25,      5000, 13",
                "24,      5000, 12",
                "100,     3333, 33",
                "150,     3333, 50",
                "10000,   1,    1",
                "4999,    1,    0",
                "5000,    1,    1",
                "19999,   2500, 5000",
                "25000,   2500, 6250",
                "1,       10000, 1",
                "99999,   10000, 99999",
        })
        @DisplayName("rounds half-up to the penny")
        void roundsHalfUp(long price, int basisPoints, long expected) {
            assertThat(DepositPolicy.percentage(basisPoints).depositFor(gbp(price))).isEqualTo(gbp(expected));
        }

        @Test
        @DisplayName("does not overflow on very large prices")
        void noOverflow() {
            long huge = Long.MAX_VALUE;
            assertThat(DepositPolicy.percentage(10_000).depositFor(gbp(huge))).isEqualTo(gbp(huge));
            assertThat(DepositPolicy.percentage(5_000).depositFor(gbp(huge))).isEqualTo(gbp(huge / 2 + 1));
        }

        @Test
        @DisplayName("raises a small deposit to the minimum")
        void minimum() {
            DepositPolicy policy = DepositPolicy.percentage(1_000).withMinimum(gbp(2_000));
            assertThat(policy.depositFor(gbp(10_000))).isEqualTo(gbp(2_000));
            assertThat(policy.depositFor(gbp(30_000))).isEqualTo(gbp(3_000));
        }

        @Test
        @DisplayName("never asks for more than the price, even when the minimum is higher than the price")
        void minimumAbovePrice() {
            DepositPolicy policy = DepositPolicy.percentage(1_000).withMinimum(gbp(2_000));
            assertThat(policy.depositFor(gbp(1_500))).isEqualTo(gbp(1_500));
            assertThat(policy.depositFor(gbp(0))).isEqualTo(gbp(0));
        }

        @Test
        @DisplayName("lowers a large deposit to the maximum")
        void maximum() {
            DepositPolicy policy = DepositPolicy.percentage(5_000).withMaximum(gbp(10_000));
            assertThat(policy.depositFor(gbp(50_000))).isEqualTo(gbp(10_000));
            assertThat(policy.depositFor(gbp(15_000))).isEqualTo(gbp(7_500));
        }

        @Test
        @DisplayName("applies a minimum equal to the maximum as a fixed amount")
        void minimumEqualsMaximum() {
            DepositPolicy policy = DepositPolicy.percentage(5_000).withMinimum(gbp(4_000)).withMaximum(gbp(4_000));
            assertThat(policy.depositFor(gbp(1_000_00))).isEqualTo(gbp(4_000));
            assertThat(policy.depositFor(gbp(10))).isEqualTo(gbp(10));
        }

        @Test
        @DisplayName("refuses a minimum above the maximum")
        void minimumAboveMaximum() {
            assertThatThrownBy(() -> DepositPolicy.percentage(5_000).withMaximum(gbp(1_000)).withMinimum(gbp(2_000)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest(name = "{0} basis points")
        @CsvSource({"0", "-1", "10001"})
        @DisplayName("must be more than 0% and at most 100%")
        void percentageRange(int basisPoints) {
            assertThatThrownBy(() -> DepositPolicy.percentage(basisPoints)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("refuses a negative price")
        void negativePrice() {
            assertThatThrownBy(() -> DepositPolicy.percentage(5_000).depositFor(gbp(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
