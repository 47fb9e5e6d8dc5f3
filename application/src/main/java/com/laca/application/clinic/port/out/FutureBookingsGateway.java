package com.laca.application.clinic.port.out;

import com.laca.domain.clinic.Location;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.shared.TenantId;
import java.util.List;

/**
 * The future held or confirmed appointments a change to a clinic record could break, asked of the booking area
 * (which the clinic area may not import), so removing a qualification or deactivating a practitioner, location or
 * room never orphans a booking silently (nor a change of jurisdiction makes one unlawful); called inside the
 * tenant's transaction.
 */
public interface FutureBookingsGateway {

    /** The practitioner's future held or confirmed appointments, by start. */
    List<FutureBooking> ofPractitioner(PractitionerId practitioner);

    /** The future held or confirmed appointments at the location, by start. */
    List<FutureBooking> atLocation(LocationId location);

    /** The future held or confirmed appointments holding the room or device, by start. */
    List<FutureBooking> holdingResource(ResourceId resource);

    /**
     * The future held or confirmed appointments at the location that its law as stored allows and {@code changed}
     * (the same location under another jurisdiction) would refuse, by start, so a change of jurisdiction never makes
     * a booking unlawful silently.
     */
    List<FutureBooking> unlawfulAt(TenantId tenant, Location changed);

    /** A gateway for embedders without bookings: nothing is ever booked, so no change is ever refused. */
    static FutureBookingsGateway none() {
        return new FutureBookingsGateway() {
            @Override
            public List<FutureBooking> ofPractitioner(PractitionerId practitioner) {
                return List.of();
            }

            @Override
            public List<FutureBooking> atLocation(LocationId location) {
                return List.of();
            }

            @Override
            public List<FutureBooking> holdingResource(ResourceId resource) {
                return List.of();
            }

            @Override
            public List<FutureBooking> unlawfulAt(TenantId tenant, Location changed) {
                return List.of();
            }
        };
    }
}
