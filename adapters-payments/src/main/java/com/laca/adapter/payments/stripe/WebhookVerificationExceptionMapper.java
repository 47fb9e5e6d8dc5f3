package com.laca.adapter.payments.stripe;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers an untrusted or unreadable webhook with 400 and an RFC 9457 problem, so Stripe's dashboard shows the
 * delivery as failed while no detail of the check leaks to whoever sent it.
 */
@Provider
public class WebhookVerificationExceptionMapper implements ExceptionMapper<WebhookVerificationException> {

    /** Stable problem type of a rejected webhook. */
    public static final String PROBLEM_TYPE = "https://laca.dev/problems/webhook-rejected";

    private static final System.Logger LOG = System.getLogger(WebhookVerificationExceptionMapper.class.getName());

    @Override
    public Response toResponse(WebhookVerificationException exception) {
        LOG.log(System.Logger.Level.WARNING, "Stripe webhook rejected: {0}", exception.reason());
        return Response.status(Response.Status.BAD_REQUEST)
                .type("application/problem+json")
                .entity(problemJson(exception.reason()))
                .build();
    }

    static String problemJson(WebhookVerificationException.Reason reason) {
        return "{\"type\":\"" + PROBLEM_TYPE + "\",\"title\":\"Webhook rejected\",\"status\":400,"
                + "\"detail\":\"" + reason.name() + "\"}";
    }
}
