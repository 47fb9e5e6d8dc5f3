package com.laca.adapter.rest.records;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.PageNumber;
import com.laca.adapter.rest.common.PageResponse;
import com.laca.adapter.rest.common.PageSize;
import com.laca.adapter.rest.common.Paging;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.common.Versions;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.ProblemType;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.records.port.in.AccessAuditUseCase;
import com.laca.application.records.port.in.ClientNotesUseCase;
import com.laca.application.records.port.in.EditClientUseCase;
import com.laca.application.records.port.in.FindClientsUseCase;
import com.laca.application.records.port.in.LegalHoldsUseCase;
import com.laca.application.records.port.in.MergeClientsUseCase;
import com.laca.application.records.port.in.EraseClientUseCase;
import com.laca.application.records.port.in.SubjectAccessExport;
import com.laca.application.records.port.in.SubjectAccessExportUseCase;
import com.laca.application.records.port.in.TreatmentRecordsUseCase;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.ClientField;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClientSearchQuery;
import com.laca.domain.records.LegalHold;
import com.laca.domain.records.LegalHoldId;
import com.laca.domain.records.MergeResult;
import com.laca.domain.records.MergeSide;
import com.laca.domain.records.NoteId;
import com.laca.domain.records.NoteKind;
import com.laca.domain.records.StaffNote;
import com.laca.domain.shared.ClientId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The clinic's clients: found by name, e-mail, phone or date of birth, created, corrected (with history), archived
 * and merged by staff, with their notes and the owner's access audit; who may do what is decided by the use cases
 * ({@code clients:view}, {@code clients:manage}, {@code clinical:read}, {@code records:audit}). One resource class for
 * all of {@code /clients}, because JAX-RS picks a single root resource per request by its path template, so a second
 * class at {@code /clients/{id}} would hide this one's {@code {id}} methods.
 */
@Path("/clients")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "Client records: search, details with history, archive, merge of duplicates.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class ClientsResource {

    @Inject
    CurrentCaller caller;
    @Inject
    FindClientsUseCase find;
    @Inject
    EditClientUseCase edit;
    @Inject
    MergeClientsUseCase merge;
    @Inject
    ClientNotesUseCase notesUseCase;
    @Inject
    AccessAuditUseCase auditUseCase;
    @Inject
    TreatmentRecordsUseCase treatmentRecords;
    @Inject
    SubjectAccessExportUseCase exports;
    @Inject
    EraseClientUseCase erasures;
    @Inject
    LegalHoldsUseCase legalHolds;
    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "searchClients", summary = "Search clients",
            description = "By prefix, case and accents ignored: q is one search box (an e-mail if it has @, a date of "
                    + "birth such as 1990, 1990-04 or 15/04/1990, a phone number, else name words); name, email, "
                    + "phone and dateOfBirth are separate criteria that must all match. Merged clients never appear; "
                    + "archived ones only with archived=true. Ordered by last name, first name.")
    @APIResponse(responseCode = "200", description = "One page of clients",
            content = @Content(schema = @Schema(implementation = PageResponse.class)))
    public PageResponse<ClientResponse> search(@Parameter(example = "zoe o'b") @QueryParam("q") String q,
                                               @QueryParam("name") String name,
                                               @QueryParam("email") String email,
                                               @QueryParam("phone") String phone,
                                               @Parameter(example = "1990-04") @QueryParam("dateOfBirth")
                                               String dateOfBirth,
                                               @QueryParam("archived") String archived,
                                               @PageNumber @QueryParam("page") Integer page,
                                               @PageSize @QueryParam("size") Integer size) {
        ClientSearchQuery query = query(q, name, email, phone, dateOfBirth);
        boolean includeArchived = "true".equals(archived);
        if (archived != null && !includeArchived && !"false".equals(archived)) {
            throw new InvalidInputException("archived", "must be true or false");
        }
        return PageResponse.from(find.search(caller.get(), query, includeArchived, Paging.of(page, size)),
                ClientResponse::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createClient", summary = "Create a client",
            description = "Every field is required. 409 when a client with the same e-mail, date of birth and "
                    + "surname exists.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "409", description = "A client with these details exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDefinition.PROBLEM)))
    public Response create(@NotNull(message = Bodies.REQUIRED) @Valid ClientRequest request) {
        ClientProfile created = edit.create(caller.get(), request.toCommand());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(ClientResponse.from(created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getClient", summary = "A client",
            description = "The ETag carries the client's version: send it back in If-Match to change the client.")
    @APIResponse(responseCode = "200", description = "The client; ETag carries its version",
            headers = @Header(name = "ETag", description = "the version, e.g. \"3\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response get(@PathParam("id") String id) {
        ClientId client = clientId(id);
        long version = find.version(caller.get(), client);
        return Response.ok(ClientResponse.from(find.get(caller.get(), client)))
                .header(HttpHeaders.ETAG, Versions.etag(version)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceClient", summary = "Correct a client's details",
            description = "The whole record: a field left out is a 400 naming it. Requires If-Match with the ETag "
                    + "last read (428 without it, 412 if the client changed since). The changed fields are recorded "
                    + "in the history with who and when.")
    @APIResponse(responseCode = "200", description = "The client; ETag carries its new version",
            content = @Content(schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Merged, or another client has these details",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDefinition.PROBLEM)))
    @APIResponse(responseCode = "412", ref = ApiDefinition.VERSION_CONFLICT)
    @APIResponse(responseCode = "428", ref = ApiDefinition.VERSION_REQUIRED)
    public Response replace(@PathParam("id") String id,
                            @Parameter(description = "the ETag last read", example = "\"1\"")
                            @HeaderParam(Versions.IF_MATCH) String ifMatch,
                            @NotNull(message = Bodies.REQUIRED) @Valid ClientRequest request) {
        ClientId client = clientId(id);
        long expected = Versions.expected(ifMatch);
        ClientProfile edited = edit.edit(caller.get(), client, expected, request.toCommand());
        return Response.ok(ClientResponse.from(edited))
                .header(HttpHeaders.ETAG, Versions.etag(find.version(caller.get(), client))).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "clientHistory", summary = "Who changed what, and when",
            description = "Oldest first, with the history of every client merged into this one.")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = ClientChangeResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public List<ClientChangeResponse> history(@PathParam("id") String id) {
        return find.history(caller.get(), clientId(id)).stream().map(ClientChangeResponse::from).toList();
    }

    @GET
    @Path("{id}/appointments")
    @Operation(operationId = "clientAppointments", summary = "The client's appointments",
            description = "Latest first, with their status (completed, cancelled, no-show...), including those of "
                    + "every client merged into this one. Needs clients:view and appointments:view.")
    @APIResponse(responseCode = "200", description = "The appointments", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = ClientAppointmentResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public List<ClientAppointmentResponse> appointments(@PathParam("id") String id) {
        return find.appointments(caller.get(), clientId(id)).stream().map(ClientAppointmentResponse::from).toList();
    }

    @POST
    @Path("{id}/archive")
    @Operation(operationId = "archiveClient", summary = "Archive a client",
            description = "Kept whole, left out of everyday searches; nothing is erased.")
    @APIResponse(responseCode = "200", description = "The client",
            content = @Content(schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public ClientResponse archive(@PathParam("id") String id) {
        return ClientResponse.from(edit.setArchived(caller.get(), clientId(id), true));
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(operationId = "reactivateClient", summary = "Make an archived client active again")
    @APIResponse(responseCode = "200", description = "The client",
            content = @Content(schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public ClientResponse reactivate(@PathParam("id") String id) {
        return ClientResponse.from(edit.setArchived(caller.get(), clientId(id), false));
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeClients", summary = "Merge a duplicate record into this client",
            description = "Both records and both histories are kept; the absorbed one is marked MERGED and points "
                    + "here. Consents and contact preferences are intersected. 409 merge-refused with a reason "
                    + "(SAME_CLIENT, ALREADY_MERGED, UNDECIDED_FIELDS, NOT_A_CHOICE, NO_CONTACT_LEFT).")
    @APIResponse(responseCode = "200", description = "The surviving client",
            content = @Content(schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = RefusalProblem.class)))
    public Response merge(@PathParam("id") String id,
                          @NotNull(message = Bodies.REQUIRED) @Valid MergeRequestJson body) {
        ClientId survivor = clientId(id);
        ClientId absorbed = new ClientId(Fields.uuid(body.absorb(), "absorb"));
        Map<ClientField, MergeSide> choices = new EnumMap<>(ClientField.class);
        if (body.choices() != null) {
            body.choices().forEach((field, side) -> choices.put(
                    Fields.enumValue(ClientField.class, field, "choices"),
                    Fields.enumValue(MergeSide.class, side, "choices." + field)));
        }
        MergeResult result = merge.merge(caller.get(), survivor, absorbed, choices);
        if (result instanceof MergeResult.Merged merged) {
            return Response.ok(ClientResponse.from(merged.survivor())).build();
        }
        if (result instanceof MergeResult.Refused refused) {
            return Response.status(ProblemType.MERGE_REFUSED.status()).type(Problem.MEDIA_TYPE)
                    .entity(RefusalProblem.of(ProblemType.MERGE_REFUSED, refused.reason().name(), refused.message(),
                            uriInfo.getRequestUri().getRawPath())).build();
        }
        throw new IllegalStateException("unhandled merge result " + result.getClass().getName());
    }

    @DELETE
    @Path("{id}/possible-duplicates/{other}")
    @Operation(operationId = "dismissPossibleDuplicate",
            summary = "Record that two flagged clients are different people",
            description = "Clears the possible-duplicate flag both ways; nothing is merged.")
    @APIResponse(responseCode = "200", description = "The client",
            content = @Content(schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public ClientResponse notADuplicate(@PathParam("id") String id, @PathParam("other") String other) {
        return ClientResponse.from(merge.notADuplicate(caller.get(), clientId(id), clientId(other)));
    }

    @GET
    @Path("{id}/notes")
    @Operation(operationId = "clientNotes", summary = "The notes the caller may read",
            description = "Oldest first. Clinical notes only with clinical:read; each one returned is written to "
                    + "the access audit with the reason given (default DIRECT_CARE).")
    @APIResponse(responseCode = "200", description = "The notes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NoteResponse.class)))
    public List<NoteResponse> list(@PathParam("id") String id,
                                   @Parameter(example = "DIRECT_CARE") @QueryParam("reason") String reason) {
        AccessReason why = reason == null ? AccessReason.DIRECT_CARE
                : Fields.enumValue(AccessReason.class, reason, "reason");
        return notesUseCase.notes(caller.get(), clientId(id), why).stream().map(NoteResponse::from).toList();
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeClientNote", summary = "Write a note",
            description = "kind GENERAL, CLINICAL (needs clinical:read) or ALERT (e.g. \"needle phobia\": seen by "
                    + "everyone handling the client, so no more clinical detail than the desk needs).")
    @APIResponse(responseCode = "201", description = "Written",
            content = @Content(schema = @Schema(implementation = NoteResponse.class)))
    public Response write(@PathParam("id") String id, @NotNull(message = Bodies.REQUIRED) @Valid NoteRequest body) {
        NoteKind kind = Fields.enumValue(NoteKind.class, body.kind(), "kind");
        StaffNote note = notesUseCase.write(caller.get(), clientId(id), kind, body.text());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(note.id().toString()).build())
                .entity(NoteResponse.from(note)).build();
    }

    @POST
    @Path("{id}/notes/{noteId}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "amendClientNote", summary = "Amend a note",
            description = "Notes are never edited: the amendment is a new note of the same kind pointing at this one.")
    @APIResponse(responseCode = "201", description = "Written",
            content = @Content(schema = @Schema(implementation = NoteResponse.class)))
    public Response amend(@PathParam("id") String id, @PathParam("noteId") String noteId,
                          @NotNull(message = Bodies.REQUIRED) @Valid NoteRequest body) {
        ClientId client = clientId(id);
        StaffNote note = notesUseCase.amend(caller.get(), client, PathIds.parse(noteId, "note", NoteId::new),
                body.text());
        return Response.created(uriInfo.getBaseUriBuilder().path("clients").path(id).path("notes")
                .path(note.id().toString()).build()).entity(NoteResponse.from(note)).build();
    }

    @GET
    @Path("{id}/access-audit")
    @Operation(operationId = "clientAccessAudit", summary = "Who read this client's clinical record",
            description = "Owner only (records:audit): every read of a clinical note, treatment record, photo, "
                    + "screening or consent, and every export, with who, when and why; oldest first.")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = AccessAuditResponse.class)))
    public List<AccessAuditResponse> accessAudit(@PathParam("id") String id) {
        return auditUseCase.entries(caller.get(), clientId(id)).stream().map(AccessAuditResponse::from).toList();
    }

    @GET
    @Path("{id}/treatment-records")
    @Operation(operationId = "clientTreatmentRecords", summary = "The client's treatment records",
            description = "Needs clinical:read. Latest treatment first, with those of every client merged into this "
                    + "one; each record returned is written to the access audit with the reason given (default "
                    + "DIRECT_CARE).")
    @APIResponse(responseCode = "200", description = "The records", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = TreatmentChartResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public List<TreatmentChartResponse> treatmentRecords(@PathParam("id") String id,
                                                         @Parameter(example = "DIRECT_CARE") @QueryParam("reason")
                                                         String reason) {
        return treatmentRecords.chartsOf(caller.get(), clientId(id), TreatmentRecordsResource.reason(reason))
                .stream().map(TreatmentChartResponse::from).toList();
    }

    @POST
    @Path("{id}/subject-access-export")
    @Produces({SubjectAccessArchive.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportClient", summary = "Everything held about a client, as one archive",
            description = "Owner only (clinical:read and records:audit): answers a subject-access request (UK GDPR "
                    + "Art. 15) with a ZIP of record.json (details, history, notes, appointments with the "
                    + "desk's notes and cancellations, treatment records, photos, consents, screening and safety evidence, access audit; with every client merged into "
                    + "this one, its access audit included), the archived consent PDFs under consents/ and the photos under photos/. Written to "
                    + "the access audit as an EXPORT (reason SUBJECT_ACCESS_REQUEST) in the transaction that gathers the "
                    + "record; the files are then streamed into the ZIP. A POST because it records the export; never "
                    + "cached.")
    @APIResponse(responseCode = "200", description = "The archive", content = @Content(
            mediaType = SubjectAccessArchive.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response export(@PathParam("id") String id) {
        ClientId client = clientId(id);
        SubjectAccessExport export = exports.export(caller.get(), client);
        StreamingOutput archive = out -> SubjectAccessArchive.write(export, out);
        return Response.ok(archive, SubjectAccessArchive.MEDIA_TYPE).header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"subject-access-" + client + ".zip\"")
                .build();
    }

    @POST
    @Path("{id}/erasure")
    @Operation(operationId = "eraseClient", summary = "Erase a client's data on request, as retention allows",
            description = "Owner only (clients:manage and records:audit): carries out a client's erasure request (UK "
                    + "GDPR Art. 17) at once and answers exactly what was erased (marketing consents, contact "
                    + "preferences, general notes), what is retained until which day and why (the clinical record: 8 years after the last entry for an "
                    + "adult, the 25th or 26th birthday for a child if later; the contact details to reach the client "
                    + "about a recall; the audit), and what only the scheduled purge removes. A standing legal hold "
                    + "keeps the general notes too (marketing is erased all the same). The request and each step's "
                    + "completion are recorded. Each POST is a new request.")
    @APIResponse(responseCode = "200", description = "The request as carried out",
            content = @Content(schema = @Schema(implementation = ErasureResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public ErasureResponse erase(@PathParam("id") String id) {
        return ErasureResponse.from(erasures.erase(caller.get(), clientId(id)));
    }

    @GET
    @Path("{id}/legal-holds")
    @Operation(operationId = "listClientLegalHolds", summary = "A client's legal holds",
            description = "Owner only (clients:manage and records:audit): every hold on the record, released ones "
                    + "included, with its reason, who placed it and when, and who released it and when; oldest first.")
    @APIResponse(responseCode = "200", description = "The holds",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LegalHoldResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public List<LegalHoldResponse> legalHolds(@PathParam("id") String id) {
        return legalHolds.holds(caller.get(), clientId(id)).stream().map(LegalHoldResponse::from).toList();
    }

    @POST
    @Path("{id}/legal-holds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "placeClientLegalHold", summary = "Place a legal hold on a client's record",
            description = "Owner only (clients:manage and records:audit): a claim, complaint or inquiry. While a hold "
                    + "stands, an erasure request keeps the general notes (the answer says so) and the scheduled purge "
                    + "keeps the clinical record past its retention date. The reason (1-500 characters) is required; "
                    + "who placed it and when are recorded. A hold is never deleted, only released.")
    @APIResponse(responseCode = "201", description = "Placed",
            content = @Content(schema = @Schema(implementation = LegalHoldResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response placeLegalHold(@PathParam("id") String id,
                                   @NotNull(message = Bodies.REQUIRED) @Valid LegalHoldRequest body) {
        LegalHold hold = legalHolds.place(caller.get(), clientId(id), body.reason());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(hold.id().toString()).build())
                .entity(LegalHoldResponse.from(hold)).build();
    }

    @POST
    @Path("{id}/legal-holds/{holdId}/release")
    @Operation(operationId = "releaseClientLegalHold", summary = "Release a legal hold",
            description = "Owner only (clients:manage and records:audit): ends a standing hold, recording who and "
                    + "when; the hold stays on record. Releasing a released hold is a conflict (409).")
    @APIResponse(responseCode = "200", description = "Released",
            content = @Content(schema = @Schema(implementation = LegalHoldResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The hold is already released",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LegalHoldResponse releaseLegalHold(@PathParam("id") String id, @PathParam("holdId") String holdId) {
        return LegalHoldResponse.from(legalHolds.release(caller.get(), clientId(id),
                PathIds.parse(holdId, "legal hold", LegalHoldId::new)));
    }

    private static ClientId clientId(String segment) {
        return PathIds.parse(segment, "client", ClientId::new);
    }

    private static ClientSearchQuery query(String q, String name, String email, String phone, String dateOfBirth) {
        boolean separate = name != null || email != null || phone != null || dateOfBirth != null;
        if (q != null && separate) {
            throw new InvalidInputException("q", "use either q or the separate criteria, not both");
        }
        try {
            if (q != null) {
                return ClientSearchQuery.freeText(q);
            }
            return ClientSearchQuery.of(name, email, phone, dateOfBirth);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(q != null ? "q" : "query", e.getMessage());
        }
    }
}
