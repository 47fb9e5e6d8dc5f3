package com.laca.adapter.rest.payment;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.ListLimit;
import com.laca.adapter.rest.common.Paging;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.payment.port.in.ManagePaymentAccountsUseCase;
import com.laca.application.payment.port.in.PaymentDeadLettersUseCase;
import com.laca.application.payment.port.in.PaymentEventOutcome;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.identity.Permission;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.PaymentEventId;
import com.laca.domain.shared.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform administrator's payment set-up and repair: each clinic's connected account, and the dead letters of
 * processor events that failed; the use cases refuse every clinic role with 403.
 */
@Path("/admin/payments")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments (platform admin)", description = "Connected accounts and dead letters.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "Only the platform administrator may do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PaymentAdminResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManagePaymentAccountsUseCase accounts;
    @Inject
    PaymentDeadLettersUseCase deadLetters;

    @PUT
    @Path("/accounts/{tenantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.TENANTS_MANAGE)
    @Operation(operationId = "setConnectedAccount",
            summary = "Set a clinic's Stripe connected account")
    @APIResponse(responseCode = "200", description = "The account now used for the clinic's deposits")
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "409", description = "Another clinic uses this account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, String> setAccount(@PathParam("tenantId") String tenantId,
                                          @NotNull(message = Bodies.REQUIRED) @Valid ConnectedAccountRequest request) {
        TenantId tenant = PathIds.parse(tenantId, "tenant", TenantId::new);
        String account = request.connectedAccountId();
        accounts.setConnectedAccount(caller.get(), tenant, ConnectedAccountId.of(account));
        return Map.of("tenantId", tenant.toString(), "connectedAccountId", account);
    }

    @GET
    @Path("/accounts/{tenantId}")
    @Operation(operationId = "getConnectedAccount",
            summary = "Read a clinic's Stripe connected account")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", description = "None set",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, String> account(@PathParam("tenantId") String tenantId) {
        TenantId tenant = PathIds.parse(tenantId, "tenant", TenantId::new);
        ConnectedAccountId account = accounts.connectedAccount(caller.get(), tenant)
                .orElseThrow(() -> new NotFoundException("connected account of tenant", tenant));
        return Map.of("tenantId", tenant.toString(), "connectedAccountId", account.value());
    }

    @GET
    @Path("/dead-letters")
    @Operation(operationId = "listDeadLetters",
            summary = "List dead letters", description = "Unresolved first, newest failure first.")
    @APIResponse(responseCode = "200", description = "Dead letters without payloads", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = DeadLetterResponse.class)))
    public List<DeadLetterResponse> deadLetters( @ListLimit @QueryParam("limit") Integer limit) {
        return deadLetters.list(caller.get(), Paging.limit(limit)).stream()
                .map(DeadLetterResponse::summary).toList();
    }

    @GET
    @Path("/dead-letters/{eventId}")
    @Operation(operationId = "getDeadLetter",
            summary = "Read one dead letter with its payload")
    @APIResponse(responseCode = "200", description = "The dead letter",
            content = @Content(schema = @Schema(implementation = DeadLetterResponse.class)))
    public DeadLetterResponse deadLetter(@PathParam("eventId") String eventId) {
        return DeadLetterResponse.full(deadLetters.get(caller.get(), PaymentEventId.of(eventId)));
    }

    @POST
    @Path("/dead-letters/{eventId}/replay")
    @Operation(operationId = "replayDeadLetter",
            summary = "Apply a dead letter's event again", description = "Resolves it on success.")
    @APIResponse(responseCode = "200", description = "What applying it did")
    @APIResponse(responseCode = "500", description = "It failed again; attempts and error are updated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, String> replay(@PathParam("eventId") String eventId) {
        PaymentEventOutcome outcome = deadLetters.replay(caller.get(), PaymentEventId.of(eventId));
        return Map.of("eventId", eventId, "outcome", outcome.getClass().getSimpleName());
    }
}
