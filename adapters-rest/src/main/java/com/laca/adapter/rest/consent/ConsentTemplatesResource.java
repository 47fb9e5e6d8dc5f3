package com.laca.adapter.rest.consent;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.consent.port.in.ConsentTemplateUseCase;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.ConsentTemplate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The clinic's consent forms: versions per treatment category and jurisdiction, each in effect from a date; a change
 * is always a new version, so a signed form is never edited. Needs consent:manage.
 */
@Path("/consent-templates")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent", description = "Consent forms, signatures, archived documents and the clinical audit log.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class ConsentTemplatesResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ConsentTemplateUseCase templates;
    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listConsentTemplates", summary = "Every consent form version",
            description = "Ordered by category, jurisdiction and version.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(schema = @Schema(implementation = TemplateResponse.class)))
    public List<TemplateResponse> list() {
        return templates.list(caller.get()).stream().map(TemplateResponse::from).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createConsentTemplate", summary = "Add the next version of a consent form",
            description = "Refused (400) when a mandatory block (RISKS, ALTERNATIVES, AFTERCARE, DATA_PROCESSING, "
                    + "PHOTO_CONSENT_CLINICAL, PHOTO_CONSENT_MARKETING) is missing, a merge field is unknown, or the "
                    + "effective date is not after the previous version's.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TemplateResponse.class)))
    public Response create(@NotNull(message = Bodies.REQUIRED) @Valid TemplateRequest request) {
        TemplateRequest body = request;
        ConsentTemplate created = templates.create(caller.get(), body.toCommand());
        return Response.created(uriInfo.getBaseUriBuilder().path("consent-templates")
                        .queryParam("category", created.category().name()).build())
                .entity(TemplateResponse.from(created)).build();
    }

    @GET
    @Path("effective")
    @Operation(operationId = "getEffectiveConsentTemplate",
            summary = "The consent form in effect for a category, jurisdiction and date",
            description = "The version with the latest effective date on or before the date; 404 when none.")
    @APIResponse(responseCode = "200", description = "The version in effect",
            content = @Content(schema = @Schema(implementation = TemplateResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public TemplateResponse effective(@QueryParam("category") String category,
                                      @QueryParam("jurisdiction") String jurisdiction,
                                      @QueryParam("date") String date) {
        TreatmentCategory parsed = Fields.enumValue(TreatmentCategory.class, category, "category");
        String where = jurisdiction == null || jurisdiction.isBlank() ? "GB-ENG" : jurisdiction;
        return templates.effective(caller.get(), parsed, where, Dates.date(date, "date"))
                .map(TemplateResponse::from)
                .orElseThrow(() -> new NotFoundException("consent template", parsed + " in " + where + " on " + date));
    }
}
