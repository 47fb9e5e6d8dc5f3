package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Compressed;
import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.PublicReads;
import com.laca.adapter.rest.problem.Problem;
import com.laca.application.booking.port.in.AvailabilityRequest;
import com.laca.application.booking.port.in.ClientAvailability;
import com.laca.application.booking.port.in.FindAvailabilityQuery;
import com.laca.application.shared.NotFoundException;
import com.laca.application.tenancy.port.in.FindTenantQuery;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.TreatmentId;
import com.laca.domain.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lists bookable slots to anyone, with the tenant taken from the URL's slug only; the answer comes from the same rules
 * that accept or refuse a booking, and is computed fresh on every request (there is no cache to go stale). One
 * instance serves every request (it holds nothing of a request: the request's objects come as parameters), so the
 * busiest public read does not create and inject a resource each time.
 */
@Path("/public/{tenantSlug}/availability")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public booking", description = "Availability and self-service booking, no sign-in needed.")
public class PublicAvailabilityResource {

    /** The longest range one request may ask about, in days, both ends included. */
    static final int MAX_DAYS = 31;
    /** How long browsers and caches may keep an answer, in seconds: short, since a slot can be taken at any time. */
    static final int MAX_AGE_SECONDS = 10;

    @Inject
    FindTenantQuery tenants;
    @Inject
    FindAvailabilityQuery availability;

    @GET
    @Compressed
    @Operation(operationId = "findAvailability",
            summary = "Free slots for a treatment",
            description = "Dates are local to each location, both inclusive, at most 31 days. Each slot lists the "
                    + "practitioners who can take it; practitionerNames and locationNames give the public name of each "
                    + "id the slots list.")
    @APIResponse(responseCode = "200", description = "The offered slots, by start then location; cacheable for 10 s",
            headers = {@Header(name = "ETag", ref = ApiDefinition.ETAG),
                    @Header(name = "Cache-Control", ref = ApiDefinition.CACHE_CONTROL)},
            content = @Content(schema = @Schema(implementation = AvailabilityResponse.class)))
    @APIResponse(responseCode = "304", ref = ApiDefinition.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed, or the range is "
            + "reversed or over 31 days; the problem names the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "With a dateOfBirth: the law refuses this treatment on every "
            + "listed date (treatment-not-allowed; reason e.g. UNDER_MINIMUM_AGE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No trading clinic with that slug, or no such bookable "
            + "treatment, practitioner or location",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response availability(
            @Parameter(description = "the clinic's slug", example = "demo-clinic")
            @PathParam("tenantSlug") String tenantSlug,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                       description = "treatment id", required = true, example = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f")
            @NotNull(message = Fields.REQUIRED) @QueryParam("treatment") UUID treatment,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                       description = "first local date", required = true, example = "2026-12-01")
            @NotNull(message = Fields.REQUIRED) @QueryParam("from") LocalDate from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                       description = "last local date, inclusive", required = true, example = "2026-12-07")
            @NotNull(message = Fields.REQUIRED) @QueryParam("to") LocalDate to,
            @Parameter(description = "one practitioner's id, or \"any\" (the default)", example = "any")
            @QueryParam("practitioner") String practitioner,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                       description = "one location's id; all locations when left out")
            @QueryParam("location") UUID location,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                       description = "the client's date of birth, when known: slots the legal age gate would refuse "
                    + "(e.g. toxin or filler under 18 in England) are left out, and a 409 treatment-not-allowed "
                    + "answers when it refuses them all", example = "1990-04-15")
            @QueryParam("dateOfBirth") LocalDate dateOfBirth,
            @Parameter(hidden = true) @Context Request httpRequest,
            @Parameter(hidden = true) @Context UriInfo uriInfo) {
        TreatmentId treatmentId = new TreatmentId(treatment);
        LocalDate first = from;
        LocalDate last = to;
        Dates.requireSpan(first, last, MAX_DAYS, "to");
        Tenant clinic = tenants.findActiveBySlug(tenantSlug)
                .orElseThrow(() -> new NotFoundException("clinic", "with that address"));
        AvailabilityRequest request = new AvailabilityRequest(clinic.id(), treatmentId,
                first, last, BookingRequest.practitioner(practitioner, "practitioner"),
                Optional.ofNullable(location).map(LocationId::new));
        ClientAvailability.Slots found;
        if (dateOfBirth == null) {
            found = availability.availabilityWithNames(request);
        } else {
            ClientAvailability answer = availability.availabilityForAge(request, dateOfBirth);
            if (answer instanceof ClientAvailability.Refused refused) {
                return AvailabilityAnswers.refused(refused, uriInfo);
            }
            found = (ClientAvailability.Slots) answer;
        }
        return PublicReads.cacheable(httpRequest,
                AvailabilityJson.withNames(treatmentId.toString(), first, last, found), MAX_AGE_SECONDS);
    }
}
