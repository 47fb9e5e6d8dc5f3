package com.laca.application.booking.port.in;

import java.util.List;

/**
 * Lists the slots a client may book, computed by the same rules that later accept or refuse the booking, so a listed
 * slot is always bookable.
 */
public interface FindAvailabilityQuery {

    /**
     * Slots ordered by start, then location.
     *
     * @throws com.laca.application.shared.InvalidInputException for a range that is reversed or over 31 days
     * @throws com.laca.application.shared.NotFoundException     for an unknown or inactive treatment,
     *                                                                    practitioner or location
     */
    List<AvailableSlot> availability(AvailabilityRequest request);
}
