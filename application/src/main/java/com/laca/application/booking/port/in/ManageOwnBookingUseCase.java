package com.laca.application.booking.port.in;

import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * What a client can do with the private manage token from their confirmation: see, cancel or move the booking.
 * An unknown token, or one of another tenant, is {@link com.laca.application.shared.NotFoundException}.
 */
public interface ManageOwnBookingUseCase {

    AppointmentView view(TenantId tenant, String manageToken);

    TransitionOutcome cancel(TenantId tenant, String manageToken);

    /**
     * Moves the booking to another offered slot, keeping what was paid; the same token stays valid. A booking that
     * is cancelled, lapsed or under way is {@link BookingResult.Refused}.
     */
    BookingResult reschedule(TenantId tenant, String manageToken, Instant newStart,
                             Optional<PractitionerId> practitioner);
}
