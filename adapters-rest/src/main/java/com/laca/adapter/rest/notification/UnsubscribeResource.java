package com.laca.adapter.rest.notification;

import com.laca.adapter.rest.problem.Problem;
import com.laca.application.notification.port.in.UnsubscribeUseCase;
import com.laca.application.notification.port.in.UnsubscribeView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The unsubscribe link in every client e-mail, used without signing in: the tenant and client come from the signed
 * token. Opening it (GET, which mail scanners also do) only shows what it is about; confirming it (POST, the page's
 * button) withdraws the client's marketing consent. A browser gets a small page, anything else JSON.
 */
@Path("unsubscribe/{token}")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
@Tag(name = "Unsubscribe", description = "A client stops a clinic's marketing from the link in its e-mails.")
@APIResponse(responseCode = "404", description = "No such link (altered, cut short or not made here)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class UnsubscribeResource {

    @Inject
    UnsubscribeUseCase unsubscribe;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "viewUnsubscribeLink", summary = "What an unsubscribe link would stop",
            description = "Changes nothing. The clinic's name and whether its marketing still reaches the client; "
                    + "a browser (Accept: text/html) gets a page with a button that confirms.")
    @APIResponse(responseCode = "200", description = "The link is valid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnsubscribeResponse.class)))
    public Response view(@Parameter(description = "the token from the link") @PathParam("token") String token) {
        return answer(unsubscribe.view(token), false);
    }

    @POST
    @Operation(operationId = "confirmUnsubscribe", summary = "Stop the clinic's marketing to the client",
            description = "Withdraws the client's marketing consent (e-mail and SMS); service messages about their "
                    + "bookings still go. Needs no body; repeating it changes nothing more.")
    @APIResponse(responseCode = "200", description = "Unsubscribed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnsubscribeResponse.class)))
    public Response confirm(@Parameter(description = "the token from the link") @PathParam("token") String token) {
        return answer(unsubscribe.unsubscribe(token), true);
    }

    private Response answer(UnsubscribeView view, boolean confirmed) {
        if (!wantsPage()) {
            return Response.ok(UnsubscribeResponse.from(view), MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(UnsubscribePage.render(view, confirmed), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }

    /** A browser asks for HTML first; a program asking for JSON, or for anything, gets JSON. */
    private boolean wantsPage() {
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.TEXT_HTML_TYPE)
                        || type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                .findFirst().map(type -> !type.isWildcardType() && type.isCompatible(MediaType.TEXT_HTML_TYPE))
                .orElse(false);
    }
}
