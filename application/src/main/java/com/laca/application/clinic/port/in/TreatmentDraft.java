package com.laca.application.clinic.port.in;

import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.clinic.TreatmentCategory;
import java.time.Duration;
import java.util.Set;

/**
 * Every field of a treatment a client may set; the price is in the tenant's currency, which the service supplies.
 *
 * @param priceMinorUnits the price in pence (or the tenant currency's minor unit)
 * @param deposit         what clients pay up front when booking online; amounts in the tenant's currency
 */
public record TreatmentDraft(String name, TreatmentCategory category, String description, Duration duration,
                             Duration bufferBefore, Duration bufferAfter, long priceMinorUnits,
                             Qualification requiredQualification, Set<ResourceType> requiredResourceTypes,
                             BookingWindow bookingWindow, DepositDraft deposit, boolean active) {

    /** A draft asking for no deposit. */
    public TreatmentDraft(String name, TreatmentCategory category, String description, Duration duration,
                          Duration bufferBefore, Duration bufferAfter, long priceMinorUnits,
                          Qualification requiredQualification, Set<ResourceType> requiredResourceTypes,
                          BookingWindow bookingWindow, boolean active) {
        this(name, category, description, duration, bufferBefore, bufferAfter, priceMinorUnits, requiredQualification,
                requiredResourceTypes, bookingWindow, DepositDraft.none(), active);
    }
}
