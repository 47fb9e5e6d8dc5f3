package com.laca.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Money")
class MoneyTest {

    @Test
    @DisplayName("Adds and subtracts in whole pence")
    void arithmetic() {
        assertThat(Money.of(1050, "GBP").plus(Money.of(250, "GBP"))).isEqualTo(Money.of(1300, "GBP"));
        assertThat(Money.of(1050, "GBP").minus(Money.of(1100, "GBP")).isNegative()).isTrue();
    }

    @Test
    @DisplayName("Refuses to mix currencies")
    void noMixedCurrencies() {
        assertThatThrownBy(() -> Money.of(1, "GBP").plus(Money.of(1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR");
    }

    @Test
    @DisplayName("Refuses a currency that is not three capital letters")
    void badCurrency() {
        assertThatThrownBy(() -> Money.of(1, "gbp")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Reads as people write the currency: pence as pounds, yen whole, dinars to the thousandth")
    void formatted() {
        assertThat(Money.of(5_500, "GBP").formatted()).isEqualTo("£55.00");
        assertThat(Money.of(-1_250, "EUR").formatted()).isEqualTo("-€12.50");
        assertThat(Money.of(5_000, "JPY").formatted()).isEqualTo("JP¥5000");
        assertThat(Money.of(1_500, "KWD").formatted()).isEqualTo("KWD 1.500");
        assertThat(Money.of(42, "XYZ").formatted()).isEqualTo("42 XYZ (minor units)");
    }
}
