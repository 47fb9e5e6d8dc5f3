package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.booking.port.in.AvailabilityRequest;
import com.laca.application.booking.port.in.ClientAvailability;
import com.laca.application.booking.port.in.FindAvailabilityQuery;
import com.laca.application.shared.Caller;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.TreatmentId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Slots reception may book for one known client: the booking check's safety gate is asked for every slot, so a slot
 * this client would be refused (under age, contraindicated, no consultation, unlicensed practitioner) is never offered,
 * and a client refused everything is told why instead of being shown a calendar.
 */
@Path("/availability")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Appointments as the front desk and practitioners work with them.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class StaffAvailabilityResource {

    @Inject
    CurrentCaller caller;
    @Inject
    FindAvailabilityQuery availability;
    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "findAvailabilityForClient",
            summary = "Free slots a known client may book",
            description = "Needs appointments:manage. As the public availability, with every slot checked against "
                    + "the booking's clinical-safety and legal gate for this client; at most 31 days.")
    @APIResponse(responseCode = "200", description = "The slots this client may book",
            content = @Content(schema = @Schema(implementation = AvailabilityResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The safety gate refuses this client every listed slot "
            + "(treatment-not-allowed; reason e.g. UNDER_MINIMUM_AGE, CONTRAINDICATED, "
            + "PRESCRIBER_CONSULTATION_REQUIRED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response availability(
            @Parameter(description = "treatment id", required = true) @QueryParam("treatment") String treatment,
            @Parameter(description = "first local date", required = true, example = "2026-12-01")
            @QueryParam("from") String from,
            @Parameter(description = "last local date, inclusive", required = true, example = "2026-12-07")
            @QueryParam("to") String to,
            @Parameter(description = "the client's id", required = true) @QueryParam("client") String client,
            @Parameter(description = "one practitioner's id, or \"any\" (the default)", example = "any")
            @QueryParam("practitioner") String practitioner,
            @Parameter(description = "one location's id; all locations when left out")
            @QueryParam("location") String location) {
        Caller who = caller.get();
        TreatmentId treatmentId = new TreatmentId(Fields.uuid(treatment, "treatment"));
        LocalDate first = Dates.date(from, "from");
        LocalDate last = Dates.date(to, "to");
        Dates.requireSpan(first, last, PublicAvailabilityResource.MAX_DAYS, "to");
        ClientId clientId = new ClientId(Fields.uuid(client, "client"));
        AvailabilityRequest request = new AvailabilityRequest(who.tenantId(), treatmentId, first, last,
                BookingRequest.practitioner(practitioner, "practitioner"),
                BookingRequest.optionalLocation(location, "location"));
        ClientAvailability answer = availability.availabilityForClient(who, request, clientId);
        if (answer instanceof ClientAvailability.Refused refused) {
            return AvailabilityAnswers.refused(refused, uriInfo);
        }
        // staff read names from /api/practitioners and /api/locations, so the name maps are left out here
        return Response.ok(AvailabilityJson.withoutNames(treatmentId.toString(), first, last,
                (ClientAvailability.Slots) answer), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
