package com.laca.adapter.payments.stripe;

import com.laca.application.payment.port.in.HandlePaymentEventUseCase;
import com.laca.application.payment.port.in.PaymentDeadLettersUseCase;
import com.laca.application.payment.port.in.PaymentEventOutcome;
import com.laca.domain.payment.PaymentEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The endpoint Stripe posts events to; it reads the body as raw bytes because the signature covers the exact bytes
 * sent, verifies it, and hands the event to the use case, answering 204 once the event is applied or recognised
 * as a duplicate, 400 (via {@link WebhookVerificationExceptionMapper}) when it cannot be trusted, and 500 when
 * applying it failed (after keeping it as a dead letter), so that Stripe delivers it again.
 *
 * <p>Without Stripe configured there is no verifier: the endpoint answers 404 with a problem and touches nothing.
 */
@RequestScoped
@Path("webhooks/stripe")
@Tag(name = "Webhooks", description = "Events that payment processors send; each is verified by its signature.")
public class StripeWebhookResource {

    static final String NOT_CONFIGURED = "{\"type\":\"https://laca.dev/problems/card-payments-not-configured\","
            + "\"title\":\"Card payments are not configured\",\"status\":404}";
    static final String NOT_APPLIED = "{\"type\":\"https://laca.dev/problems/internal\","
            + "\"title\":\"Internal error\",\"status\":500,"
            + "\"detail\":\"The event was kept and will be applied when it is delivered again.\"}";

    private static final System.Logger LOG = System.getLogger(StripeWebhookResource.class.getName());

    @Inject
    Optional<StripeWebhookVerifier> verifier;

    @Inject
    HandlePaymentEventUseCase handler;

    @Inject
    PaymentDeadLettersUseCase deadLetters;

    /** For CDI, which injects the fields. */
    public StripeWebhookResource() {
    }

    /** For use outside a container. */
    StripeWebhookResource(Optional<StripeWebhookVerifier> verifier, HandlePaymentEventUseCase handler,
                          PaymentDeadLettersUseCase deadLetters) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
    }

    /**
     * Receives one event.
     *
     * @throws WebhookVerificationException answered with 400 and no side effect
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveStripeWebhook", summary = "A Stripe event",
            description = "Sent by Stripe, never by a client; the signature proves it. A duplicate is acknowledged.")
    @RequestBody(required = true, description = "The Stripe event, exactly as Stripe signed it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "A Stripe Event object")))
    @APIResponse(responseCode = "204", description = "Applied, or a duplicate of one applied before")
    @APIResponse(responseCode = "400", description = "Missing or wrong signature, or not a Stripe event",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Card payments are not configured",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "500", description = "Not applied; kept as a dead letter and Stripe retries",
            content = @Content(mediaType = "application/problem+json"))
    public Response receive(byte[] payload,
                            @Parameter(description = "Stripe's signature of the body", required = true)
                            @HeaderParam("Stripe-Signature") String signature)
            throws WebhookVerificationException {
        if (verifier.isEmpty()) {
            return problem(Response.Status.NOT_FOUND, NOT_CONFIGURED);
        }
        byte[] body = payload == null ? new byte[0] : payload;
        PaymentEvent event = verifier.get().verify(body, signature);
        try {
            PaymentEventOutcome outcome = handler.handle(event);
            LOG.log(System.Logger.Level.INFO, "Stripe event {0} ({1}): {2}",
                    event.header().id(), event.getClass().getSimpleName(), outcome);
            return Response.noContent().build();
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.WARNING, "Stripe event {0} ({1}) not applied: {2}",
                    event.header().id(), event.getClass().getSimpleName(), failure.getClass().getSimpleName());
            try {
                deadLetters.recordFailure(event.header().id(), event.getClass().getSimpleName(),
                        StripeWebhookVerifier.withoutPersonalData(new String(body, StandardCharsets.UTF_8)), failure);
            } catch (RuntimeException notKept) {
                LOG.log(System.Logger.Level.ERROR, "Stripe event {0} could not be kept as a dead letter: {1}",
                        event.header().id(), notKept.getClass().getSimpleName());
            }
            return problem(Response.Status.INTERNAL_SERVER_ERROR, NOT_APPLIED);
        }
    }

    private static Response problem(Response.Status status, String json) {
        return Response.status(status).type("application/problem+json").entity(json).build();
    }
}
