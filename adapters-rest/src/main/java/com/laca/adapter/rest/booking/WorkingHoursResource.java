package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.booking.port.in.ManageScheduleUseCase;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.PractitionerId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A practitioner's weekly rota, read and replaced as a whole so a week is never left half-edited.
 */
@Path("/practitioners/{id}/working-hours")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule", description = "When practitioners, rooms and devices can be booked.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such practitioner (or location) in the caller's clinic",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WorkingHoursResource {

    private static final int MAX_RULES = 200;

    @Inject
    CurrentCaller caller;
    @Inject
    ManageScheduleUseCase schedule;

    @GET
    @Operation(operationId = "getWorkingHours",
            summary = "The weekly rota", description = "Every rule, at every location the practitioner works.")
    @APIResponse(responseCode = "200", description = "The rules",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WorkingHoursJson.class)))
    public List<WorkingHoursJson> get(@PathParam("id") String id) {
        Caller who = caller.get();
        return schedule.workingHours(who, practitioner(id)).stream().map(WorkingHoursJson::from).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceWorkingHours",
            summary = "Replace the weekly rota", description = "All rules at once; existing appointments stay.")
    @APIResponse(responseCode = "200", description = "The rules now in force",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WorkingHoursJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, naming the entry and field, e.g. [0].windows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<WorkingHoursJson> replace(@PathParam("id") String id,
                                          @NotNull(message = Bodies.REQUIRED) @Valid List<WorkingHoursJson> body) {
        Caller who = caller.get();
        PractitionerId practitioner = practitioner(id);
        if (body.size() > MAX_RULES) {
            throw new InvalidInputException("body", "must have at most " + MAX_RULES + " rules");
        }
        List<WorkingHours> converted = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            WorkingHoursJson rule = body.get(i);
            if (rule == null) {
                throw new InvalidInputException("[" + i + "]", "is required");
            }
            converted.add(rule.toRule(practitioner, "[" + i + "]"));
        }
        return schedule.replaceWorkingHours(who, practitioner, converted).stream().map(WorkingHoursJson::from)
                .toList();
    }

    static PractitionerId practitioner(String id) {
        return PathIds.parse(id, "practitioner", PractitionerId::new);
    }
}
