package com.laca.adapter.rest.reporting;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.reporting.port.in.MoneyViewQuery;
import com.laca.application.reporting.port.in.MoneyViewRequest;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.identity.Permission;
import com.laca.domain.shared.LocationId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The owner's day and month money view, added up from the payment ledgers; definitions in docs/reporting.md. */
@Path("/reports/money")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "The owner's dashboard figures.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class MoneyViewResource {

    @Inject
    CurrentCaller caller;
    @Inject
    MoneyViewQuery money;

    @GET
    @RequiresPermission(Permission.REPORTS_MONEY)
    @Operation(operationId = "getMoneyView", summary = "Takings, refunds, forfeits and deposits held",
            description = "Per day (at most 93 days) or per month (at most 24 months) of the local dates, for the "
                    + "whole clinic or one location, from the payment ledgers: takings and refunds by method (card, "
                    + "desk), deposits kept, net takings and the deposits held at each line's end. Owner, manager "
                    + "and finance only.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = MoneyViewResponse.class)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed, or the range is reversed "
            + "or too long; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public MoneyViewResponse money(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                       description = "first local date", required = true, example = "2026-12-01")
            @NotNull(message = Fields.REQUIRED) @QueryParam("from") LocalDate from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"),
                       description = "last local date, inclusive", required = true, example = "2026-12-31")
            @NotNull(message = Fields.REQUIRED) @QueryParam("to") LocalDate to,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                       description = "only this location") @QueryParam("location") UUID location,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"day", "month"}),
                       description = "a line per day or per month", example = "day")
            @DefaultValue("day") @QueryParam("by") String by) {
        MoneyViewRequest.Granularity granularity = switch (by) {
            case "day" -> MoneyViewRequest.Granularity.DAY;
            case "month" -> MoneyViewRequest.Granularity.MONTH;
            default -> throw new InvalidInputException("by", "must be day or month");
        };
        return MoneyViewResponse.from(money.money(caller.get(), new MoneyViewRequest(from, to,
                Optional.ofNullable(location).map(LocationId::new), granularity)));
    }
}
