package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.problem.Problem;
import com.laca.application.academy.port.in.CertificateCredentialsQuery;
import com.laca.application.academy.port.in.CertificateView;
import com.laca.application.academy.port.in.VerifyCertificateQuery;
import com.laca.application.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lets anyone shown a certificate check it, without signing in: the clinic from the URL's slug, the code as printed
 * (case, spaces and hyphens forgiven). An unknown clinic and an unknown code both answer 404, so the endpoint says
 * nothing about which exist; the code's 60 random bits make guessing hopeless. Not yet rate-limited per address:
 * main has no general limiter (only sign-in throttling), see docs/academy.md.
 */
@Path("/public/{tenantSlug}/certificates/{code}")
@RequestScoped
@Tag(name = "Public", description = "What anyone may read without signing in.")
@APIResponse(responseCode = "404", description = "No such certificate at that clinic",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PublicCertificatesResource {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu").withZone(ZoneOffset.UTC);

    /** The media type of a credential secured as a JWT (VC-JWT). */
    static final String VC_JWT = "application/vc+jwt";

    @Inject
    VerifyCertificateQuery verify;

    @Inject
    CertificateCredentialsQuery credentials;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyCertificate", summary = "Check a certificate",
            description = "Name, course, issuer, dates, CPD hours and status now (valid, expired, suspended, revoked "
                    + "with its date and reason).")
    @APIResponse(responseCode = "200", description = "The certificate as issued, with its status now",
            content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    public CertificateResponse json(
            @Parameter(description = "the clinic's slug", example = "demo-clinic") @PathParam("tenantSlug") String slug,
            @Parameter(description = "the code printed on it", example = "7KQ2-M9XD-4HTW") @PathParam("code")
            String code) {
        return CertificateResponse.from(find(slug, code));
    }

    @GET
    @Path("/page")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "verifyCertificatePage", summary = "Check a certificate: a small page for people")
    @APIResponse(responseCode = "200", description = "An HTML page with the same facts as the JSON answer")
    public Response page(@PathParam("tenantSlug") String slug, @PathParam("code") String code) {
        CertificateResponse c = CertificateResponse.from(find(slug, code));
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>Certificate check</title>"
                + "</head><body><main><h1>Certificate ").append(escape(c.code())).append("</h1>")
                .append("<p><strong>Status: ").append(escape(c.status())).append("</strong>");
        if (c.statusSince() != null) {
            html.append(" since ").append(date(c.statusSince())).append(" (").append(escape(c.statusReason()))
                    .append(")");
        }
        html.append("</p>");
        if (c.supersededBy() != null) {
            html.append("<p>Superseded by certificate <strong>").append(escape(c.supersededBy()))
                    .append("</strong>: check that one.</p>");
        }
        html.append("<dl>");
        row(html, "Awarded to", c.learnerName());
        row(html, "Course", c.courseTitle() + " (version " + c.courseVersion() + ")");
        row(html, "Issued by", c.issuer());
        row(html, "Accredited by", c.accreditingBody() + ", " + c.accreditationNumber());
        row(html, "CPD hours", c.cpdHours().toPlainString() + " (participatory " + c.participatoryHours().toPlainString()
                + ")");
        row(html, "Issued", date(c.issuedAt()));
        row(html, "Expires", c.expiresAt() == null ? "does not expire" : date(c.expiresAt()));
        html.append("</dl></main></body></html>");
        return Response.ok(html.toString(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/credential")
    @Produces(VC_JWT)
    @Operation(operationId = "certificateCredential", summary = "The certificate as a signed Open Badges 3.0 credential",
            description = "An OpenBadgeCredential as a VC-JWT (RS256; the credential in the vc claim) signed with the "
                    + "key published at /public/{tenantSlug}/academy/keys, naming a BitstringStatusListEntry for "
                    + "revocation and one for suspension.")
    @APIResponse(responseCode = "200", description = "The compact JWS",
            content = @Content(mediaType = VC_JWT, schema = @Schema(type = SchemaType.STRING)))
    public Response credential(@PathParam("tenantSlug") String slug, @PathParam("code") String code) {
        return jwt(credentials.credential(slug, code));
    }

    @GET
    @Path("/status/{purpose}")
    @Produces(VC_JWT)
    @Operation(operationId = "certificateStatusList", summary = "The certificate's Bitstring Status List",
            description = "A BitstringStatusListCredential as a VC-JWT, signed now: bit 0 of the list is set when the "
                    + "certificate is revoked or superseded (purpose revocation) or suspended (purpose suspension).")
    @APIResponse(responseCode = "200", description = "The compact JWS",
            content = @Content(mediaType = VC_JWT, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
    public Response statusList(@PathParam("tenantSlug") String slug, @PathParam("code") String code,
                               @Parameter(schema = @Schema(type = SchemaType.STRING,
                                       enumeration = {"revocation", "suspension"}))
                               @PathParam("purpose") String purpose) {
        return jwt(credentials.statusList(slug, code, purpose));
    }

    private static Response jwt(Optional<String> signed) {
        return Response.ok(signed.orElseThrow(() -> new NotFoundException("certificate", "with that code")), VC_JWT)
                .header("Cache-Control", "no-store").build();
    }

    private CertificateView find(String slug, String code) {
        return verify.verify(slug, code).orElseThrow(() -> new NotFoundException("certificate", "with that code"));
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd>");
    }

    private static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** Texts come from staff and trainees; nothing they typed may become markup on this page. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
