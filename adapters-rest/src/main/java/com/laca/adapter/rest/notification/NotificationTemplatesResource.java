package com.laca.adapter.rest.notification;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.ProblemException;
import com.laca.adapter.rest.problem.ProblemType;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.RequiresPermission;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.notification.port.in.ManageTemplatesUseCase;
import com.laca.application.notification.port.in.ManageTemplatesUseCase.SaveTemplateResult;
import com.laca.application.notification.port.in.TemplateSlot;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.identity.Permission;
import com.laca.domain.notification.Channel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The clinic's own wording of its messages: list the template slots, preview a template (a draft, the clinic's own or
 * the shipped default) with sample data, store one (refused with every problem listed when it names what a message
 * may not, or names facts the kind does not have), or go back to the default.
 */
@Path("/notifications/templates")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notification templates", description = "The clinic's own wording of its e-mails and SMS, per locale.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NotificationTemplatesResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ManageTemplatesUseCase templates;

    @GET
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    @Operation(operationId = "listNotificationTemplates", summary = "List the clinic's template slots",
            description = "Every kind and channel for the clinic's locale (and any locale it has templates for); "
                    + "customised ones carry the clinic's wording.")
    @APIResponse(responseCode = "200", description = "Template slots", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = TemplateEntryResponse.class)))
    public List<TemplateEntryResponse> list() {
        return templates.list(caller.get()).stream().map(TemplateEntryResponse::from).toList();
    }

    @POST
    @Path("/{kind}/{channel}/{locale}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    @Operation(operationId = "previewNotificationTemplate", summary = "Preview a template with sample data",
            description = "Renders the draft in the body, or with an empty object the clinic's template or the default, "
                    + "with sample data and the clinic's branding, and lists every problem found.")
    @APIResponse(responseCode = "200", description = "The rendered sample and its problems",
            content = @Content(schema = @Schema(implementation = TemplatePreviewResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public TemplatePreviewResponse preview(@PathParam("kind") String kind, @PathParam("channel") String channel,
                                           @PathParam("locale") String locale, TemplateRequest draft) {
        TemplateSlot key = key(kind, channel, locale);
        return TemplatePreviewResponse.from(templates.preview(caller.get(), key,
                TemplateRequest.draft(draft, key.channel())));
    }

    @PUT
    @Path("/{kind}/{channel}/{locale}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    @Operation(operationId = "putNotificationTemplate", summary = "Store the clinic's own template",
            description = "Previewed first; stored only when the preview finds no problem. Applies to messages "
                    + "sent from now on, including those already waiting.")
    @APIResponse(responseCode = "200", description = "Stored; the sample shows how it reads",
            content = @Content(schema = @Schema(implementation = TemplatePreviewResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or the template has problems (each listed in "
            + "errors under the field template)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TemplatePreviewResponse put(@PathParam("kind") String kind, @PathParam("channel") String channel,
                                       @PathParam("locale") String locale, TemplateRequest body) {
        TemplateSlot key = key(kind, channel, locale);
        if (body == null) {
            throw new InvalidInputException("body", "a JSON request body is required");
        }
        SaveTemplateResult result = templates.save(caller.get(), key, body.toTemplate(key.channel()));
        if (result instanceof SaveTemplateResult.Saved saved) {
            return TemplatePreviewResponse.from(saved.preview());
        }
        List<String> problems = ((SaveTemplateResult.Refused) result).problems();
        throw new ProblemException(new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400,
                "The template was not stored: " + String.join("; ", problems), null,
                problems.stream().map(problem -> new Problem.FieldError("template", problem)).toList()));
    }

    @DELETE
    @Path("/{kind}/{channel}/{locale}")
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    @Operation(operationId = "resetNotificationTemplate", summary = "Go back to the shipped default template")
    @APIResponse(responseCode = "204", description = "The default applies again")
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response reset(@PathParam("kind") String kind, @PathParam("channel") String channel,
                          @PathParam("locale") String locale) {
        templates.reset(caller.get(), key(kind, channel, locale));
        return Response.noContent().build();
    }

    private static TemplateSlot key(String kind, String channel, String locale) {
        Channel parsed = switch (channel == null ? "" : channel) {
            case "email" -> Channel.EMAIL;
            case "sms" -> Channel.SMS;
            default -> throw new InvalidInputException("channel", "is email or sms");
        };
        Locale tag;
        try {
            tag = new Locale.Builder().setLanguageTag(locale).build();
        } catch (IllformedLocaleException e) {
            throw new InvalidInputException("locale", "is a language tag such as en-GB");
        }
        try {
            return new TemplateSlot(kind, parsed, tag);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", e.getMessage());
        }
    }
}
