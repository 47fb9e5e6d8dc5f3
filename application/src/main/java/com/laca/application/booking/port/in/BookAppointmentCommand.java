package com.laca.application.booking.port.in;

import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to book one treatment at one start time.
 *
 * @param practitioner empty for "any practitioner", assigned by the engine's fair rule
 * @param location     empty when the treatment is offered at one location only, or any will do
 * @param origin       the network address a public booking came from, as the server saw it, so bookings from one
 *                     address can be limited; empty when staff book
 * @param overlapReason why staff let this booking overlap another appointment of the same client; empty: refused
 */
public record BookAppointmentCommand(TenantId tenant, TreatmentId treatment, Instant start,
                                     Optional<PractitionerId> practitioner, Optional<LocationId> location,
                                     ClientDetails client, Optional<String> origin, Optional<String> overlapReason) {

    public BookAppointmentCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(overlapReason, "overlapReason");
    }

    /** A booking without a staff override of the client-overlap rule. */
    public BookAppointmentCommand(TenantId tenant, TreatmentId treatment, Instant start,
                                  Optional<PractitionerId> practitioner, Optional<LocationId> location,
                                  ClientDetails client, Optional<String> origin) {
        this(tenant, treatment, start, practitioner, location, client, origin, Optional.empty());
    }

    /**
     * The same booking, which staff allow to overlap another appointment of the same client, for the reason given
     * (e.g. two treatments given side by side); only staff bookings honour it.
     */
    public BookAppointmentCommand allowingOverlap(String reason) {
        return new BookAppointmentCommand(tenant, treatment, start, practitioner, location, client, origin,
                Optional.of(Objects.requireNonNull(reason, "reason")));
    }

    /** A booking whose origin is not known or does not matter (staff booking, tests). */
    public BookAppointmentCommand(TenantId tenant, TreatmentId treatment, Instant start,
                                  Optional<PractitionerId> practitioner, Optional<LocationId> location,
                                  ClientDetails client) {
        this(tenant, treatment, start, practitioner, location, client, Optional.empty(), Optional.empty());
    }

    /** The same booking, made from the given network address. */
    public BookAppointmentCommand from(String address) {
        return new BookAppointmentCommand(tenant, treatment, start, practitioner, location, client,
                Optional.of(Objects.requireNonNull(address, "address")), overlapReason);
    }
}
