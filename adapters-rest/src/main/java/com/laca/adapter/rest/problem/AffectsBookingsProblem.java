package com.laca.adapter.rest.problem;

import com.laca.application.shared.AffectedAppointment;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * An RFC 9457 problem listing the future bookings a schedule change would break, so the desk can call those clients
 * or repeat the change with {@code ?affected=keep}.
 *
 * @param appointments the affected appointments: id, start, treatment and the client's display name only
 */
@Schema(name = "AffectsBookingsProblem", description = "A 409 problem (application/problem+json) listing the booked "
        + "appointments a change would affect.", properties = {
        @SchemaProperty(name = "type", example = "https://laca.dev/problems/affects-bookings"),
        @SchemaProperty(name = "title", example = "Change affects booked appointments"),
        @SchemaProperty(name = "status", example = "409")})
public record AffectsBookingsProblem(String type, String title, int status, String detail, String instance,
                                     List<Affected> appointments) {

    static AffectsBookingsProblem of(String detail, String instance, List<AffectedAppointment> appointments) {
        ProblemType type = ProblemType.AFFECTS_BOOKINGS;
        return new AffectsBookingsProblem(type.uri(), type.title(), type.status(), detail, instance,
                appointments.stream().map(a -> new Affected(a.id().toString(), a.start().toString(), a.treatment(),
                        a.clientName())).toList());
    }

    /** One affected appointment, without clinical data. */
    @Schema(name = "AffectedAppointment")
    public record Affected(@Schema(example = "5f0c...") String id,
                           @Schema(example = "2026-12-02T10:00:00Z") String start,
                           @Schema(example = "Consultation") String treatment,
                           @Schema(example = "Cara Client") String client) {
    }
}
