package com.laca.adapter.rest.notification;

import com.laca.application.notification.port.in.HandleSmsCallbackUseCase;
import com.laca.application.notification.port.in.HandleSmsCallbackUseCase.SmsCallbackOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where Twilio posts delivery reports and replies (STOP, START): believed only with Twilio's signature over the URL
 * it called (our public base URL and this path, query included) and the form, so nobody else can opt a number out or
 * back in. Answers an empty TwiML response, which tells Twilio to send no reply of its own.
 */
@RequestScoped
@Path("webhooks/twilio")
@Tag(name = "Webhooks", description = "Events that payment processors send; each is verified by its signature.")
public class SmsCallbacksResource {

    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    @Inject
    HandleSmsCallbackUseCase callbacks;

    @Inject
    @ConfigProperty(name = "laca.public.base-url")
    String publicBaseUrl;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "receiveTwilioStatusCallback", summary = "A Twilio delivery report",
            description = "Sent by Twilio, never by a client; the X-Twilio-Signature header proves it.")
    @APIResponse(responseCode = "200", description = "Acknowledged (empty TwiML)")
    @APIResponse(responseCode = "403", description = "Missing or wrong signature: nothing was done",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(
                    mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No SMS provider is configured",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(
                    mediaType = "application/problem+json"))
    public Response status(MultivaluedMap<String, String> form,
                           @HeaderParam("X-Twilio-Signature") String signature) {
        return handle(form, signature);
    }

    @POST
    @Path("inbound")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "receiveTwilioInboundMessage", summary = "A reply to one of our SMS (STOP, START, ...)",
            description = "Sent by Twilio, never by a client; the X-Twilio-Signature header proves it. STOP (and "
                    + "Twilio's other opt-out words) puts the number on the platform's STOP list; START removes it.")
    @APIResponse(responseCode = "200", description = "Acknowledged (empty TwiML)")
    @APIResponse(responseCode = "403", description = "Missing or wrong signature: nothing was done",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(
                    mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No SMS provider is configured",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(
                    mediaType = "application/problem+json"))
    public Response inbound(MultivaluedMap<String, String> form,
                            @HeaderParam("X-Twilio-Signature") String signature) {
        return handle(form, signature);
    }

    private Response handle(MultivaluedMap<String, String> form, String signature) {
        Map<String, List<String>> fields = new TreeMap<>();
        if (form != null) {
            form.forEach((name, values) -> fields.put(name, List.copyOf(values)));
        }
        SmsCallbackOutcome outcome = callbacks.handle(calledUrl(), fields, Optional.ofNullable(signature));
        return switch (outcome) {
            case REJECTED -> problem(403, "forbidden", "Forbidden",
                    "The callback does not carry a valid Twilio signature.");
            case NOT_CONFIGURED -> problem(404, "sms-not-configured", "SMS is not configured",
                    "No SMS provider is configured on this server.");
            case DELIVERY_REPORT, OPTED_OUT, OPTED_IN, IGNORED -> Response.ok(EMPTY_TWIML, MediaType.APPLICATION_XML)
                    .build();
        };
    }

    /** The URL Twilio called as it signed it: our public base URL, then the path and query of this request. */
    private URI calledUrl() {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
        URI request = uri.getRequestUri();
        return URI.create(base + request.getRawPath() + (request.getRawQuery() == null ? ""
                : "?" + request.getRawQuery()));
    }

    private static Response problem(int status, String type, String title, String detail) {
        return Response.status(status).type("application/problem+json").entity("{\"type\":\"https://laca.dev/problems/"
                + type + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}")
                .build();
    }
}
