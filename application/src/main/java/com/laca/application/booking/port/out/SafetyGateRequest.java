package com.laca.application.booking.port.out;

import com.laca.domain.booking.Client;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who wants which treatment where, as far as a booking knows it, for the {@link BookingSafetyGateway}.
 *
 * @param tenant            the clinic
 * @param stage             a new booking or moving one
 * @param treatment         what is being booked
 * @param location          where
 * @param client            the stored client, when there is one (found by e-mail, or the appointment's)
 * @param statedDateOfBirth the date of birth typed with this booking, which may differ from the record; the gate
 *                          takes the younger of the two, so a typed date can never make a minor look older
 * @param now               the current instant
 * @param channel           who is booking: the public (the client, or anyone who knows their details) or staff;
 *                          a doctor's direction past the age gate is honoured for staff bookings only
 */
public record SafetyGateRequest(TenantId tenant, Stage stage, Treatment treatment, Location location,
                                Optional<Client> client, Optional<LocalDate> statedDateOfBirth, Instant now,
                                Channel channel) {

    /** Who asks for the booking. */
    public enum Channel {
        /** A public page or a manage token: anyone who knows the client's details. */
        PUBLIC,
        /** Signed-in staff booking or moving on the client's behalf. */
        STAFF
    }

    /** A public request (the stricter channel). */
    public SafetyGateRequest(TenantId tenant, Stage stage, Treatment treatment, Location location,
                             Optional<Client> client, Optional<LocalDate> statedDateOfBirth, Instant now) {
        this(tenant, stage, treatment, location, client, statedDateOfBirth, now, Channel.PUBLIC);
    }

    /** Where in a booking's life the gate is asked. */
    public enum Stage {
        /** A new booking, public or by staff. */
        BOOKING,
        /** Moving a booking to another time or practitioner. */
        RESCHEDULE,
        /** The client arrives: the policy runs again before the desk checks them in. */
        CHECK_IN
    }

    public SafetyGateRequest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(statedDateOfBirth, "statedDateOfBirth");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(channel, "channel");
    }

    @Override
    public String toString() {
        return "SafetyGateRequest[" + stage + ", " + treatment.id() + " at " + location.id() + ", client redacted]";
    }
}
