package com.laca.application.reporting.port.in;

import com.laca.application.shared.Caller;

/**
 * The owner's dashboard (needs {@code APPOINTMENTS_VIEW}; the money figures are included only for callers who also
 * hold {@code REPORTS_MONEY}), one use case so the screen and the API show the same numbers.
 */
public interface OwnerDashboardQuery {

    /** The caller's clinic's figures as they stand now. */
    OwnerDashboard dashboard(Caller caller);
}
