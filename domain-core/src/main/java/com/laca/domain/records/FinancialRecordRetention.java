package com.laca.domain.records;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * How long the accounting records behind a client's payments are kept, counted from the end of the tenant's
 * financial year, because HMRC can ask for them whatever the client has asked us to erase.
 *
 * @param years   years kept after the end of the financial year of the last payment (HMRC: 6 for a company)
 * @param yearEnd the last day of the tenant's financial year, e.g. 31 March; never 29 February
 */
public record FinancialRecordRetention(int years, MonthDay yearEnd) {

    /** A company with a 31 March year end keeping records for 6 years. */
    public static final FinancialRecordRetention UK_COMPANY_DEFAULT =
            new FinancialRecordRetention(6, MonthDay.of(3, 31));

    public FinancialRecordRetention {
        Objects.requireNonNull(yearEnd, "yearEnd");
        if (years < 1 || years > 20) {
            throw new IllegalArgumentException("accounting records are kept for 1 to 20 years, not " + years);
        }
        if (yearEnd.equals(MonthDay.of(2, 29))) {
            throw new IllegalArgumentException("a financial year cannot end on 29 February");
        }
    }

    /** The retention period of records whose last payment was on {@code lastPaymentOn}. */
    public RetentionPeriod periodFor(LocalDate lastPaymentOn) {
        LocalDate endOfThatYear = yearEnd.atYear(lastPaymentOn.getYear());
        if (endOfThatYear.isBefore(lastPaymentOn)) {
            endOfThatYear = yearEnd.atYear(lastPaymentOn.getYear() + 1);
        }
        return new RetentionPeriod(endOfThatYear.plusYears(years).plusDays(1), RetentionBasis.FINANCIAL_RECORD);
    }
}
