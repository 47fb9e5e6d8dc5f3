package com.laca.adapter.rest.records;

import com.laca.adapter.rest.common.ApiDefinition;
import com.laca.adapter.rest.common.Bodies;
import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.ProblemType;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.adapter.rest.security.CurrentCaller;
import com.laca.adapter.rest.security.StaffOnly;
import com.laca.application.records.port.in.ClinicalPhotosUseCase;
import com.laca.application.records.port.in.CorrectTreatmentCommand;
import com.laca.application.records.port.in.PhotoContent;
import com.laca.application.records.port.in.PhotoUpload;
import com.laca.application.records.port.in.SignTreatmentCommand;
import com.laca.application.records.port.in.TreatmentRecordsUseCase;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.LotNumber;
import com.laca.domain.records.PhotoId;
import com.laca.domain.records.PhotoKind;
import com.laca.domain.records.RecallQuery;
import com.laca.domain.records.SigningProblem;
import com.laca.domain.records.SigningResult;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.records.TreatmentRecord;
import com.laca.domain.shared.AppointmentId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
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
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Treatment records by appointment: a practitioner signs one per completed appointment, corrections are new entries,
 * every read is in the access audit, and the owner searches by batch for a product recall. A refused signature is a
 * 409 naming every problem, never a stored record.
 */
@Path("/treatment-records")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Treatment records", description = "Signed, append-only treatment records with batch numbers; recall "
        + "search.")
@SecurityRequirement(name = "bearerJwt")
@APIResponse(responseCode = "400", ref = ApiDefinition.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
public class TreatmentRecordsResource {

    private static final int MAX_RECALL_DAYS = 3_660;

    @Inject
    CurrentCaller caller;
    @Inject
    TreatmentRecordsUseCase records;
    @Inject
    ClinicalPhotosUseCase photos;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signTreatmentRecord", summary = "Sign the treatment record of a completed appointment",
            description = "Needs clients:manage and clinical:read; signed by the practitioner linked to the caller's "
                    + "staff account (403 if it is linked to none), who must be who treated. The client, category "
                    + "and date come from the appointment. 409 treatment-record-refused names every problem (reason "
                    + "is the first: APPOINTMENT_NOT_COMPLETED, NOT_THE_TREATING_PRACTITIONER, PRODUCT_EXPIRED, "
                    + "SITE_NOT_IN_CATEGORY, WRONG_DOSE_UNIT, SITE_CHARTED_TWICE, DOSE_REQUIRED, TECHNIQUE_REQUIRED, "
                    + "AFTERCARE_REQUIRED, FOLLOW_UP_BEFORE_TREATMENT); 409 conflict if it is already signed.")
    @APIResponse(responseCode = "201", description = "Signed",
            content = @Content(schema = @Schema(implementation = TreatmentChartResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused, or already signed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = RefusalProblem.class)))
    public Response sign(@NotNull(message = Bodies.REQUIRED) @Valid TreatmentRecordRequest request) {
        TreatmentRecordRequest body = request;
        AppointmentId appointment = new AppointmentId(Fields.uuid(Fields.required(body.appointment(), "appointment"),
                "appointment"));
        SigningResult result = records.sign(caller.get(), new SignTreatmentCommand(appointment,
                body.toDetails()));
        return answer(result, signed -> Response.created(uriInfo.getBaseUriBuilder().path("treatment-records")
                .path(appointment.toString()).build()).entity(TreatmentChartResponse.from(TreatmentChart.of(signed)))
                .build());
    }

    @GET
    @Path("recall")
    @Operation(operationId = "recallSearch", summary = "Which clients received a batch between two dates",
            description = "Owner only (clinical:read and records:audit). Asked of the entry in force of each record, "
                    + "so a corrected batch number counts as corrected. Each record found is written to the access "
                    + "audit as a PRODUCT_RECALL read.")
    @APIResponse(responseCode = "200", description = "The clients and records found, oldest treatment first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RecallHitResponse.class)))
    public List<RecallHitResponse> recall(@Parameter(example = "C3456A") @QueryParam("lot") String lot,
                                          @Parameter(example = "2026-01-01") @QueryParam("from") String from,
                                          @Parameter(example = "2026-06-30") @QueryParam("to") String to,
                                          @Parameter(example = "Merz") @QueryParam("manufacturer")
                                          String manufacturer) {
        LotNumber batch;
        try {
            batch = new LotNumber(Fields.required(lot, "lot"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("lot", e.getMessage());
        }
        LocalDate first = Dates.date(from, "from");
        LocalDate last = Dates.date(to, "to");
        Dates.requireSpan(first, last, MAX_RECALL_DAYS, "to");
        RecallQuery query;
        try {
            query = new RecallQuery(batch, first, last, Optional.ofNullable(manufacturer));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("manufacturer", e.getMessage());
        }
        return records.recall(caller.get(), query).stream().map(RecallHitResponse::from).toList();
    }

    @GET
    @Path("{appointment}")
    @Operation(operationId = "getTreatmentRecord", summary = "An appointment's treatment record",
            description = "Needs clinical:read; written to the access audit with the reason given (default "
                    + "DIRECT_CARE). The original entry and every correction, with the entry in force.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(schema = @Schema(implementation = TreatmentChartResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public TreatmentChartResponse get(@PathParam("appointment") String appointment,
                                      @Parameter(example = "DIRECT_CARE") @QueryParam("reason") String reason) {
        return TreatmentChartResponse.from(records.chart(caller.get(), appointmentId(appointment), reason(reason)));
    }

    @POST
    @Path("{appointment}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctTreatmentRecord", summary = "Correct a treatment record",
            description = "A signed entry never changes: the correction is a new entry, signed by the practitioner "
                    + "linked to the caller's staff account, pointing at the entry in force, with the details as they should read and a reason. The "
                    + "same rules apply as to signing (409 treatment-record-refused).")
    @APIResponse(responseCode = "201", description = "The correcting entry",
            content = @Content(schema = @Schema(implementation = TreatmentChartResponse.EntryJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Refused, or corrected by someone else at the same time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = RefusalProblem.class)))
    public Response correct(@PathParam("appointment") String appointment, @NotNull(message = Bodies.REQUIRED) @Valid TreatmentRecordRequest request) {
        AppointmentId id = appointmentId(appointment);
        TreatmentRecordRequest body = request;
        SigningResult result = records.correct(caller.get(), new CorrectTreatmentCommand(id, body.toDetails(), Fields.required(body.reason(), "reason")));
        return answer(result, signed -> Response.created(uriInfo.getBaseUriBuilder().path("treatment-records")
                .path(id.toString()).build()).entity(TreatmentChartResponse.EntryJson.from(signed)).build());
    }

    @POST
    @Path("{appointment}/photos")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "uploadTreatmentPhoto", summary = "Attach a before or after photo to a treatment record",
            description = "The body is the image itself (JPEG or PNG, recognised by its bytes, at most "
                    + "laca.photos.max-bytes, 20 MiB by default). Every piece of metadata (EXIF with GPS, XMP, IPTC, "
                    + "comments) is removed by re-encoding before it is stored. kind is BEFORE, AFTER or FOLLOW_UP. "
                    + "413 too large; 415 for HEIC/HEIF (send JPEG; set the phone camera to 'Most compatible') or any "
                    + "other type; 400 for an empty, damaged or oversized image; 409 NO_CLINICAL_PHOTO_CONSENT when "
                    + "the appointment's signed consent does not say yes to clinical photographs (or was withdrawn). "
                    + "Needs clients:manage and clinical:read.")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = PhotoResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "413", description = "Too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = RefusalProblem.class)))
    @APIResponse(responseCode = "409", description = "No consent to clinical photographs",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = RefusalProblem.class)))
    @APIResponse(responseCode = "415", description = "Not a JPEG or PNG",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = RefusalProblem.class)))
    public Response upload(@PathParam("appointment") String appointment,
                           @Parameter(example = "BEFORE") @QueryParam("kind") String kind, InputStream body) {
        AppointmentId id = appointmentId(appointment);
        PhotoKind photoKind = Fields.enumValue(PhotoKind.class, Fields.required(kind, "kind"), "kind");
        PhotoUpload result = photos.upload(caller.get(), id, photoKind, body);
        if (result instanceof PhotoUpload.Stored stored) {
            return Response.created(uriInfo.getBaseUriBuilder().path("treatment-records").path("photos")
                    .path(stored.photo().id().toString()).build()).entity(PhotoResponse.from(stored.photo())).build();
        }
        if (result instanceof PhotoUpload.Refused refused) {
            ProblemType type = switch (refused.reason()) {
                case TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE;
                case HEIC_NOT_SUPPORTED, UNSUPPORTED_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
                case EMPTY, DIMENSIONS_TOO_LARGE, UNREADABLE -> ProblemType.BAD_REQUEST;
                case NO_CLINICAL_PHOTO_CONSENT -> ProblemType.CONFLICT;
            };
            return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(RefusalProblem.of(type,
                    refused.reason().name(), refused.detail(), uriInfo.getRequestUri().getRawPath())).build();
        }
        throw new IllegalStateException("unhandled upload result " + result.getClass().getName());
    }

    @GET
    @Path("{appointment}/photos")
    @Operation(operationId = "listTreatmentPhotos", summary = "The photos of a treatment record, described",
            description = "Needs clinical:read. No image bytes: each image is fetched (and audited) on its own. Each "
                    + "photo described is written to the access audit with the reason given (default DIRECT_CARE).")
    @APIResponse(responseCode = "200", description = "The photos, oldest first", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = PhotoResponse.class)))
    public List<PhotoResponse> listPhotos(@PathParam("appointment") String appointment,
                                          @Parameter(example = "DIRECT_CARE") @QueryParam("reason") String reason) {
        return photos.list(caller.get(), appointmentId(appointment), reason(reason)).stream()
                .map(PhotoResponse::from).toList();
    }

    @GET
    @Path("photos/{photo}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getTreatmentPhoto", summary = "A clinical photo's image",
            description = "Needs clinical:read; written to the access audit with the reason given (default "
                    + "DIRECT_CARE). The image as stored: metadata-free. Never cached.")
    @APIResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response photo(@PathParam("photo") String photo,
                          @Parameter(example = "DIRECT_CARE") @QueryParam("reason") String reason) {
        PhotoContent content = photos.download(caller.get(), PathIds.parse(photo, "photo", PhotoId::new),
                reason(reason));
        return Response.ok(content.bytes(), content.photo().format().mediaType())
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "inline; filename=\"" + content.photo().id() + "\"").build();
    }

    private Response answer(SigningResult result,
                            Function<TreatmentRecord, Response> signed) {
        if (result instanceof SigningResult.Signed done) {
            return signed.apply(done.record());
        }
        if (result instanceof SigningResult.Refused refused) {
            return Response.status(ProblemType.TREATMENT_RECORD_REFUSED.status()).type(Problem.MEDIA_TYPE)
                    .entity(RefusalProblem.of(ProblemType.TREATMENT_RECORD_REFUSED,
                            refused.problems().get(0).code().name(), refused.problems().stream()
                                    .map(SigningProblem::detail).collect(Collectors.joining("; ")),
                            uriInfo.getRequestUri().getRawPath())).build();
        }
        throw new IllegalStateException("unhandled signing result " + result.getClass().getName());
    }

    static AccessReason reason(String reason) {
        return reason == null ? AccessReason.DIRECT_CARE : Fields.enumValue(AccessReason.class, reason, "reason");
    }

    private static AppointmentId appointmentId(String segment) {
        return PathIds.parse(segment, "appointment", AppointmentId::new);
    }
}
