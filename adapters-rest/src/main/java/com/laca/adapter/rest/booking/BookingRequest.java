package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A booking as the public page or the front desk sends it: one treatment at one offered start time, for a named
 * client; the tenant never comes from the body but from the URL's slug or the caller's token.
 */
@Schema(name = "BookingRequest", requiredProperties = {"treatment", "start", "client"}, properties = {
        @SchemaProperty(name = "treatment", example = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f"),
        @SchemaProperty(name = "start", example = "2026-12-01T09:00:00Z",
                description = "an offered slot's start, with its offset"),
        @SchemaProperty(name = "practitioner", example = "any", defaultValue = "any",
                description = "a practitioner id, or \"any\" for the fair assignment"),
        @SchemaProperty(name = "location", example = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", nullable = true,
                description = "optional; needed only when the treatment is offered at several locations at that time"),
        @SchemaProperty(name = "clientOverlapReason", nullable = true, example = "two treatments side by side",
                description = "staff booking only: lets the booking overlap another appointment of the same client, "
                        + "for this reason; otherwise an overlap is 409 slot-unavailable, reason CLIENT_BUSY")})
public record BookingRequest(@NotBlank(message = Fields.REQUIRED) String treatment,
                             @NotBlank(message = Fields.REQUIRED) String start,
                             String practitioner, String location,
                             @NotNull(message = Fields.REQUIRED) @Valid ClientJson client,
                             @Size(min = 1, max = 200, message = BookingRequest.OVERLAP_REASON)
                             @Pattern(regexp = "(?s).*\\S.*", message = BookingRequest.OVERLAP_REASON)
                             String clientOverlapReason) {

    /** What a blank or over-long {@code clientOverlapReason} is told. */
    static final String OVERLAP_REASON = "must be 1 to 200 characters when given";

    // One constructor only: JSON-B (Yasson) binds a record through its canonical constructor and refuses a record
    // that declares another one, which would make every booking body "malformed".

    /**
     * The command of a staff booking: a non-blank {@code clientOverlapReason} lets it overlap another appointment of
     * the same client (recorded in the log with the staff user); the public page's command never carries one.
     */
    public BookAppointmentCommand toStaffCommand(TenantId tenant, LocalDate today) {
        BookAppointmentCommand command = toCommand(tenant, today);
        if (clientOverlapReason == null) {
            return command;
        }
        return command.allowingOverlap(clientOverlapReason.strip());
    }

    /** The command for the given tenant; {@code today} bounds the client's date of birth. */
    public BookAppointmentCommand toCommand(TenantId tenant, LocalDate today) {
        return new BookAppointmentCommand(tenant,
                new TreatmentId(Fields.uuid(treatment, "treatment")),
                Dates.instant(start, "start"),
                practitioner(practitioner, "practitioner"),
                optionalLocation(location, "location"),
                client.toDetails(today));
    }

    /** A practitioner id, or empty for {@code "any"} or no value. */
    static Optional<PractitionerId> practitioner(String text, String field) {
        if (text == null || text.isBlank() || "any".equalsIgnoreCase(text.trim())) {
            return Optional.empty();
        }
        return Optional.of(new PractitionerId(Fields.uuid(text, field)));
    }

    /** A location id, or empty when none is given. */
    static Optional<LocationId> optionalLocation(String text, String field) {
        return text == null || text.isBlank() ? Optional.empty()
                : Optional.of(new LocationId(Fields.uuid(text, field)));
    }
}
