package com.laca.domain.academy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

@Label("Exact fractions agree with exact decimals")
class FractionPropertiesTest {

    @Property
    @Label("adding and multiplying decimals as fractions gives the exact decimal result")
    void agreesWithBigDecimal(@ForAll @BigRange(min = "-1000", max = "1000") @Scale(4) BigDecimal a,
                              @ForAll @BigRange(min = "-1000", max = "1000") @Scale(4) BigDecimal b) {
        assertThat(Fraction.of(a).plus(Fraction.of(b))).isEqualTo(Fraction.of(a.add(b)));
        assertThat(Fraction.of(a).minus(Fraction.of(b))).isEqualTo(Fraction.of(a.subtract(b)));
        assertThat(Fraction.of(a).times(Fraction.of(b))).isEqualTo(Fraction.of(a.multiply(b)));
        assertThat(Fraction.of(a).compareTo(Fraction.of(b))).isEqualTo(a.compareTo(b));
    }

    @Property
    @Label("dividing and multiplying back gives the value again")
    void divisionIsExact(@ForAll @IntRange(min = -1000, max = 1000) int n, @ForAll @IntRange(min = 1, max = 97) int d,
                         @ForAll @IntRange(min = 1, max = 97) int k) {
        Fraction value = Fraction.of(n, d);

        assertThat(value.dividedBy(Fraction.of(k)).times(Fraction.of(k))).isEqualTo(value);
    }

    @Property
    @Label("near the limits of long arithmetic the answer is still exact (and equal values stay equal)")
    void overflowIsExact(@ForAll long a, @ForAll long b, @ForAll @IntRange(min = 1, max = 1000) int d) {
        BigInteger bigA = BigInteger.valueOf(a);
        BigInteger bigB = BigInteger.valueOf(b);
        BigInteger bigD = BigInteger.valueOf(d);
        Fraction x = Fraction.of(a, d);
        Fraction y = Fraction.of(b, 7);

        assertThat(x.plus(y)).isEqualTo(Fraction.of(bigA.multiply(BigInteger.valueOf(7)).add(bigB.multiply(bigD)),
                bigD.multiply(BigInteger.valueOf(7))));
        assertThat(x.times(y)).isEqualTo(Fraction.of(bigA.multiply(bigB), bigD.multiply(BigInteger.valueOf(7))));
        assertThat(x.times(y).dividedBy(y.signum() == 0 ? Fraction.ONE : y))
                .isEqualTo(y.signum() == 0 ? Fraction.ZERO : x);
        assertThat(x.compareTo(y)).isEqualTo(bigA.multiply(BigInteger.valueOf(7)).compareTo(bigB.multiply(bigD)));
        assertThat(Fraction.of(a, 1).negate().negate()).isEqualTo(Fraction.of(a));
        assertThat(Fraction.of(a).hashCode()).isEqualTo(Fraction.of(bigA, BigInteger.ONE).hashCode());
    }

    @Property
    @Label("rounding a fraction equals rounding the exact decimal it stands for")
    void roundingMatchesBigDecimal(@ForAll @BigRange(min = "-100", max = "100") @Scale(6) BigDecimal value) {
        assertThat(Fraction.of(value).toDecimal(2, RoundingMode.HALF_UP))
                .isEqualTo(value.setScale(2, RoundingMode.HALF_UP));
    }
}
