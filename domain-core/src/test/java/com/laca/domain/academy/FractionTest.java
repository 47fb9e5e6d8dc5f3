package com.laca.domain.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Marks are exact fractions until the one rounding step")
class FractionTest {

    @Test
    @DisplayName("Two of three pairs is exactly two thirds: three of them add up to exactly two, not 1.999…")
    void thirdsStayExact() {
        Fraction twoThirds = Fraction.of(2, 3);

        assertThat(twoThirds.plus(twoThirds).plus(twoThirds)).isEqualTo(Fraction.of(2));
        assertThat(twoThirds.toString()).isEqualTo("2/3");
    }

    @Test
    @DisplayName("Decimals an author types convert exactly: 0.25 is a quarter and 2.50 marks equal 5/2")
    void decimalsConvertExactly() {
        assertThat(Fraction.decimal("0.25")).isEqualTo(Fraction.of(1, 4));
        assertThat(Fraction.decimal("2.50")).isEqualTo(Fraction.of(5, 2));
        assertThat(Fraction.decimal("-0.5")).isEqualTo(Fraction.of(-1, 2));
        assertThat(Fraction.of(new BigDecimal("1E+2"))).isEqualTo(Fraction.HUNDRED);
    }

    @Test
    @DisplayName("Equal values are equal however they were written: 2/4, 1/2 and -1/-2")
    void reduced() {
        assertThat(Fraction.of(2, 4)).isEqualTo(Fraction.of(1, 2)).isEqualTo(Fraction.of(-1, -2))
                .hasSameHashCodeAs(Fraction.of(1, 2));
        assertThat(Fraction.of(1, -2).isNegative()).isTrue();
        assertThat(Fraction.of(6, -4).numerator()).isEqualTo(BigInteger.valueOf(-3));
        assertThat(Fraction.of(6, -4).denominator()).isEqualTo(BigInteger.valueOf(2));
    }

    @Test
    @DisplayName("Rounding happens only when asked, once, on the true value")
    void roundsOnlyWhenAsked() {
        assertThat(Fraction.of(2, 3).times(Fraction.HUNDRED).toDecimal(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo("66.67");
        assertThat(Fraction.decimal("59.945").toDecimal(2, RoundingMode.HALF_UP)).isEqualByComparingTo("59.95");
    }

    @Test
    @DisplayName("Clamping keeps a value within bounds and compares exactly")
    void clamp() {
        assertThat(Fraction.of(3, 2).clamp(Fraction.ZERO, Fraction.ONE)).isEqualTo(Fraction.ONE);
        assertThat(Fraction.of(-1, 3).clamp(Fraction.ZERO, Fraction.ONE)).isEqualTo(Fraction.ZERO);
        assertThat(Fraction.of(1, 3).clamp(Fraction.ZERO, Fraction.ONE)).isEqualTo(Fraction.of(1, 3));
        assertThat(Fraction.of(1, 3)).isLessThan(Fraction.of(334, 1000)).isGreaterThan(Fraction.of(333, 1000));
    }

    @Test
    @DisplayName("A zero denominator, and decimals with absurd exponents, are refused")
    void refusesNonsense() {
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.ONE.dividedBy(Fraction.ZERO)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.of(new BigDecimal("1E+999999999")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
