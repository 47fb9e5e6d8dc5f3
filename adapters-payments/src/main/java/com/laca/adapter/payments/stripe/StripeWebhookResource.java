package com.laca.adapter.payments.stripe;

import com.laca.application.port.in.payment.HandlePaymentEventUseCase;
import com.laca.application.port.in.payment.PaymentEvent;
import com.laca.application.port.in.payment.PaymentEventOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import java.util.Objects;

/**
 * The endpoint Stripe posts events to; it reads the body as raw bytes because the signature covers the exact bytes
 * sent, verifies it, and hands the event to the use case, answering 204 once the event is applied or recognised
 * as a duplicate, 400 (via {@link WebhookVerificationExceptionMapper}) when it cannot be trusted, and 500 when
 * applying it failed, so that Stripe delivers it again.
 */
@RequestScoped
@Path("webhooks/stripe")
public class StripeWebhookResource {

    private static final System.Logger LOG = System.getLogger(StripeWebhookResource.class.getName());

    @Inject
    StripeWebhookVerifier verifier;

    @Inject
    HandlePaymentEventUseCase handler;

    /** For CDI, which injects the fields. */
    public StripeWebhookResource() {
    }

    /** For use outside a container. */
    StripeWebhookResource(StripeWebhookVerifier verifier, HandlePaymentEventUseCase handler) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Receives one event.
     *
     * @throws WebhookVerificationException answered with 400 and no side effect
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public void receive(byte[] payload, @HeaderParam("Stripe-Signature") String signature)
            throws WebhookVerificationException {
        PaymentEvent event = verifier.verify(payload == null ? new byte[0] : payload, signature);
        PaymentEventOutcome outcome = handler.handle(event);
        LOG.log(System.Logger.Level.INFO, "Stripe event {0} ({1}): {2}",
                event.header().id(), event.getClass().getSimpleName(), outcome);
    }
}
