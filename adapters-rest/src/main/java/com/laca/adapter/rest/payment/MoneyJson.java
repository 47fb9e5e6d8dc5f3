package com.laca.adapter.rest.payment;

import com.laca.domain.shared.Money;

/**
 * Money as JSON: integer minor units plus the currency, never a decimal, so no client can lose a penny to rounding.
 *
 * @param amountMinor e.g. 5000 for £50.00
 * @param currency    ISO 4217, e.g. GBP
 */
public record MoneyJson(long amountMinor, String currency) {

    static MoneyJson from(Money money) {
        return new MoneyJson(money.minorUnits(), money.currency());
    }
}
