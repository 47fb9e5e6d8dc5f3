package com.laca.application.booking.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.shared.ClientId;
import java.time.LocalDate;
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

    /**
     * The slots of {@link #availability} with the public names of the practitioners and locations they list, taken
     * from the same cached reference data, so a public answer names them without reading the clinic's team again.
     *
     * @throws com.laca.application.shared.InvalidInputException as {@link #availability}
     * @throws com.laca.application.shared.NotFoundException     as {@link #availability}
     */
    ClientAvailability.Slots availabilityWithNames(AvailabilityRequest request);

    /**
     * Slots for someone who gave only a date of birth (a public page): slots the age gate would refuse are left out,
     * and when it refuses all of them the answer says why. Nothing else about the asker is known, so no other gate
     * is answered from this.
     *
     * @throws com.laca.application.shared.InvalidInputException as {@link #availability}
     * @throws com.laca.application.shared.NotFoundException     as {@link #availability}
     */
    ClientAvailability availabilityForAge(AvailabilityRequest request, LocalDate dateOfBirth);

    /**
     * Slots staff may book for a known client ({@code APPOINTMENTS_MANAGE}): every slot the booking check's safety
     * gate would refuse this client (age, contraindications, consultation, reflection period, licences) is left out,
     * and when it refuses all of them the answer says why.
     *
     * @throws com.laca.application.shared.NotFoundException for an unknown client, or as {@link #availability}
     */
    ClientAvailability availabilityForClient(Caller caller, AvailabilityRequest request, ClientId client);
}
