package com.laca.application.reporting.port.in;

import com.laca.application.shared.Caller;

/**
 * The owner's day and month money view (needs {@code REPORTS_MONEY}): takings by method, refunds, forfeits and
 * deposits held, from the ledger, for the whole clinic or one location.
 */
public interface MoneyViewQuery {

    /**
     * The figures per day or month of the local dates asked for, read in the location's zone (the clinic's for the
     * whole clinic).
     *
     * @throws com.laca.application.shared.InvalidInputException if the range is reversed or too long
     * @throws com.laca.application.shared.NotFoundException     if the location does not exist
     */
    MoneyView money(Caller caller, MoneyViewRequest request);
}
