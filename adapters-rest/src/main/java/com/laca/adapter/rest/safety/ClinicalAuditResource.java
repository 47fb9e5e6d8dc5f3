package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.safety.port.in.AuditLogUseCase;
import com.laca.domain.safety.AuditChainVerifier.ChainVerification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The clinic's hash-chained clinical audit log, walked from the first entry to prove it untouched. */
@Path("/clinical-audit")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent", description = "Consent forms, signatures, archived documents and the clinical audit log.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class ClinicalAuditResource {

    @Inject
    CurrentCaller caller;
    @Inject
    AuditLogUseCase audit;

    @GET
    @Path("verification")
    @Operation(operationId = "verifyClinicalAuditLog", summary = "Walk the clinical audit chain",
            description = "INTACT with the number of entries and the head hash, or BROKEN naming the first entry "
                    + "that breaks the chain and how. Needs clinical:read.")
    @APIResponse(responseCode = "200", description = "The verdict",
            content = @Content(schema = @Schema(implementation = ChainResponse.class)))
    public ChainResponse verify() {
        ChainVerification verification = audit.verify(caller.get());
        if (verification instanceof ChainVerification.Intact intact) {
            return new ChainResponse("INTACT", intact.entries(), intact.headHash(), null, null, null);
        }
        ChainVerification.Broken broken = (ChainVerification.Broken) verification;
        return new ChainResponse("BROKEN", null, null, broken.sequence(), broken.reason().name(), broken.message());
    }

    /** The chain's verdict. */
    @Schema(name = "AuditChainVerification")
    public record ChainResponse(String status, Integer entries, String headHash, Long brokenAt, String reason,
                                String message) {
    }
}
