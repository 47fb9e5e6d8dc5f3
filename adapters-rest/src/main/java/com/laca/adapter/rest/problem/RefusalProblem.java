package com.laca.adapter.rest.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * An RFC 9457 problem with one extension member, {@code reason}: the machine-readable name of a business refusal
 * (a slot just taken, an illegal state change), so a booking page can pick its own wording while {@code detail}
 * carries a sentence it may show as is.
 *
 * @param reason the refusal's stable name, e.g. {@code PRACTITIONER_BUSY} or {@code ILLEGAL_TRANSITION}
 */
@Schema(name = "RefusalProblem", description = "A 409 problem (application/problem+json) naming why a booking or a "
        + "change was refused.", properties = {
        @SchemaProperty(name = "type", example = "https://laca.dev/problems/slot-unavailable"),
        @SchemaProperty(name = "title", example = "Slot unavailable"),
        @SchemaProperty(name = "status", example = "409"),
        @SchemaProperty(name = "detail", example = "That time has just been taken."),
        @SchemaProperty(name = "instance", example = "/api/public/demo-clinic/bookings", nullable = true),
        @SchemaProperty(name = "reason", example = "PRACTITIONER_BUSY")})
public record RefusalProblem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String reason) {

    /** A refusal of the given type, located at the request path when one is known. */
    public static RefusalProblem of(ProblemType type, String reason, String detail, String instance) {
        return new RefusalProblem(type.uri(), type.title(), type.status(), detail, instance, reason);
    }
}
