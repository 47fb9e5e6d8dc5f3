package com.laca.application.reporting.port.out;

import com.laca.domain.reporting.MoneyMovement;
import com.laca.domain.shared.LocationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads the current tenant's ledger entries across appointments with each appointment's start, because the owner's
 * money view adds up entries by when they were recorded, not appointment by appointment; always called inside
 * {@link com.laca.application.shared.TransactionRunner#inTenant}.
 */
public interface MoneyMovementRepository {

    /**
     * The entries recorded in {@code [from, to)}, and every entry recorded before {@code to} of an appointment
     * starting after {@code from} (what the deposits held at each period's end are added up from).
     *
     * @param location only appointments at this location, when present
     */
    List<MoneyMovement> movements(Instant from, Instant to, Optional<LocationId> location);
}
