package com.laca.adapter.rest.payment;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.ProblemException;
import com.laca.adapter.rest.problem.ProblemType;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.payment.port.in.DeskPaymentOutcome;
import com.laca.application.payment.port.in.ManagePaymentsUseCase;
import com.laca.application.payment.port.in.RefundOutcome;
import com.laca.domain.identity.Permission;
import com.laca.domain.shared.AppointmentId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An appointment's money as clinic staff handle it; permissions are the use case's (view: PAYMENTS_VIEW, desk:
 * PAYMENTS_TAKE, refund and waiver: PAYMENTS_REFUND), declared here too so that they are checked before any input is
 * judged, and a refused refund can never answer 200.
 */
@Path("/payments/appointments/{id}")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Deposits, refunds and desk payments of an appointment.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such appointment (or no money recorded) in the caller's clinic",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PaymentsResource {

    /** The header a refund must carry, so a double click or a retry refunds once. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    CurrentCaller caller;
    @Inject
    ManagePaymentsUseCase payments;

    @GET
    @RequiresPermission(Permission.PAYMENTS_VIEW)
    @Operation(operationId = "getPaymentLedger",
            summary = "The appointment's ledger", description = "Entries, balance due, revenue, dispute flag.")
    @APIResponse(responseCode = "200", description = "The ledger",
            content = @Content(schema = @Schema(implementation = LedgerResponse.class)))
    public LedgerResponse ledger(@PathParam("id") String id) {
        return LedgerResponse.from(payments.ledger(caller.get(), appointment(id)));
    }

    @POST
    @Path("/refunds")
    @RequiresPermission(Permission.PAYMENTS_REFUND)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refundPayment",
            summary = "Refund card money", description = "Full (no amount) or partial; requires Idempotency-Key. "
            + "The same request with the same key answers as the first time and refunds once.")
    @APIResponse(responseCode = "200", description = "Refunded; the ledger after it",
            content = @Content(schema = @Schema(implementation = LedgerResponse.class)))
    @APIResponse(responseCode = "409", description = "More than refundable, or declined by the processor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for another amount or "
            + "reason (key-reused); nothing was refunded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "Idempotency-Key missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Processor unreachable; repeat with the same Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LedgerResponse refund(@PathParam("id") String id, @HeaderParam(IDEMPOTENCY_KEY) String key,
                                 @NotNull(message = Bodies.REQUIRED) @Valid RefundRequestJson request) {
        if (key == null || !key.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REQUIRED.problem(
                    "Send an Idempotency-Key header of 1 to 64 letters, digits, '-' or '_'."));
        }
        RefundOutcome outcome = payments.refund(caller.get(), request.toCommand(appointment(id), key));
        if (outcome instanceof RefundOutcome.Refunded refunded) {
            return LedgerResponse.from(refunded.ledger());
        }
        if (outcome instanceof RefundOutcome.Rejected rejected) {
            throw new ProblemException(ProblemType.REFUND_REJECTED.problem(rejected.reason() + ": at most "
                    + rejected.available().formatted() + " can be refunded."));
        }
        RefundOutcome.Declined declined = (RefundOutcome.Declined) outcome;
        throw new ProblemException(ProblemType.REFUND_DECLINED.problem(declined.reason()
                + ": the refund was recorded as failed; the money is refundable again."));
    }

    @POST
    @Path("/pending-refunds")
    @RequiresPermission(Permission.PAYMENTS_REFUND)
    @Operation(operationId = "sendPendingRefunds",
            summary = "Send pending refunds", description = "Refunds reserved while Stripe was unreachable are "
            + "sent again under their own idempotency keys; within Stripe's 24-hour idempotency window.")
    @APIResponse(responseCode = "200", description = "The ledger after it",
            content = @Content(schema = @Schema(implementation = LedgerResponse.class)))
    @APIResponse(responseCode = "503", description = "Stripe is still unreachable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LedgerResponse sendPendingRefunds(@PathParam("id") String id) {
        return LedgerResponse.from(payments.sendPendingRefunds(caller.get(), appointment(id)));
    }

    @POST
    @Path("/desk-payments")
    @RequiresPermission(Permission.PAYMENTS_TAKE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordDeskPayment",
            summary = "Record money taken at the desk", description = "At most the balance due; the same receipt "
            + "with the same amount is counted once.")
    @APIResponse(responseCode = "200", description = "The ledger after it",
            content = @Content(schema = @Schema(implementation = LedgerResponse.class)))
    @APIResponse(responseCode = "409", description = "More than the balance due (desk-payment-rejected); the detail "
            + "says how much is due",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The receipt number was recorded before for another amount "
            + "(key-reused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LedgerResponse deskPayment(@PathParam("id") String id,
                                      @NotNull(message = Bodies.REQUIRED) @Valid DeskPaymentRequest request) {
        DeskPaymentOutcome outcome = payments.recordDeskPayment(caller.get(),
                request.toCommand(appointment(id)));
        if (outcome instanceof DeskPaymentOutcome.Recorded recorded) {
            return LedgerResponse.from(recorded.ledger());
        }
        if (outcome instanceof DeskPaymentOutcome.ExceedsBalanceDue refused) {
            throw new ProblemException(ProblemType.DESK_PAYMENT_REJECTED.problem("At most "
                    + refused.balanceDue().formatted() + " is due on this appointment; a desk payment cannot be more."));
        }
        throw new IllegalStateException("unhandled desk payment outcome " + outcome.getClass().getName());
    }

    @POST
    @Path("/forfeit-waiver")
    @RequiresPermission(Permission.PAYMENTS_REFUND)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "waiveForfeit",
            summary = "Waive a forfeited deposit", description = "Makes it refundable again; refund separately.")
    @APIResponse(responseCode = "200", description = "The ledger after it",
            content = @Content(schema = @Schema(implementation = LedgerResponse.class)))
    @APIResponse(responseCode = "409", description = "Nothing is forfeited",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LedgerResponse waive(@PathParam("id") String id, WaiverRequest request) {
        String reason = request == null || request.reason() == null ? "" : request.reason();
        return LedgerResponse.from(payments.waiveForfeit(caller.get(), appointment(id), reason));
    }

    private static AppointmentId appointment(String id) {
        return PathIds.parse(id, "appointment", AppointmentId::new);
    }
}
