package com.laca.adapter.rest.records;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.records.port.in.AccessAuditUseCase;
import com.laca.application.records.port.in.ClientNotesUseCase;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.NoteId;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.StaffNote;
import com.laca.domain.shared.ClientId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff notes on a client and the owner's access audit: general and alert notes for everyone handling clients,
 * clinical notes with {@code clinical:read} only, each clinical read recorded with its reason.
 */
@Path("/clients/{id}")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "Client records: search, details with history, archive, merge of duplicates.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
public class ClientNotesResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ClientNotesUseCase notes;
    @Inject
    AccessAuditUseCase audit;
    @Context
    UriInfo uriInfo;

    @GET
    @Path("notes")
    @Operation(operationId = "clientNotes", summary = "The notes the caller may read",
            description = "Oldest first. Clinical notes only with clinical:read; each one returned is written to "
                    + "the access audit with the reason given (default DIRECT_CARE).")
    @APIResponse(responseCode = "200", description = "The notes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NoteResponse.class)))
    public List<NoteResponse> list(@PathParam("id") String id,
                                   @Parameter(example = "DIRECT_CARE") @QueryParam("reason") String reason) {
        AccessReason why = reason == null ? AccessReason.DIRECT_CARE
                : Fields.enumValue(AccessReason.class, reason, "reason");
        return notes.notes(caller.get(), clientId(id), why).stream().map(NoteResponse::from).toList();
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeClientNote", summary = "Write a note",
            description = "kind GENERAL, CLINICAL (needs clinical:read) or ALERT (e.g. \"needle phobia\": seen by "
                    + "everyone handling the client, so no more clinical detail than the desk needs).")
    @APIResponse(responseCode = "201", description = "Written",
            content = @Content(schema = @Schema(implementation = NoteResponse.class)))
    public Response write(@PathParam("id") String id, NoteRequest request) {
        NoteRequest body = Bodies.required(request);
        NoteKind kind = Fields.enumValue(NoteKind.class, Fields.required(body.kind(), "kind"), "kind");
        StaffNote note = notes.write(caller.get(), clientId(id), kind, Fields.required(body.text(), "text"));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(note.id().toString()).build())
                .entity(NoteResponse.from(note)).build();
    }

    @POST
    @Path("notes/{noteId}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "amendClientNote", summary = "Amend a note",
            description = "Notes are never edited: the amendment is a new note of the same kind pointing at this one.")
    @APIResponse(responseCode = "201", description = "Written",
            content = @Content(schema = @Schema(implementation = NoteResponse.class)))
    public Response amend(@PathParam("id") String id, @PathParam("noteId") String noteId, NoteRequest request) {
        ClientId client = clientId(id);
        NoteRequest body = Bodies.required(request);
        StaffNote note = notes.amend(caller.get(), client, PathIds.parse(noteId, "note", NoteId::new),
                Fields.required(body.text(), "text"));
        return Response.created(uriInfo.getBaseUriBuilder().path("clients").path(id).path("notes")
                .path(note.id().toString()).build()).entity(NoteResponse.from(note)).build();
    }

    @GET
    @Path("access-audit")
    @Operation(operationId = "clientAccessAudit", summary = "Who read this client's clinical record",
            description = "Owner only (records:audit): every read of a clinical note, treatment record, photo, "
                    + "screening or consent, and every export, with who, when and why; oldest first.")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = AccessAuditResponse.class)))
    public List<AccessAuditResponse> accessAudit(@PathParam("id") String id) {
        return audit.entries(caller.get(), clientId(id)).stream().map(AccessAuditResponse::from).toList();
    }

    private static ClientId clientId(String segment) {
        return PathIds.parse(segment, "client", ClientId::new);
    }
}
