package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.PageResponse;
import com.laca.adapter.rest.common.Paging;
import com.laca.adapter.rest.common.PathIds;
import com.laca.adapter.rest.common.Versions;
import com.laca.application.clinic.port.in.ManageClinicRecordsUseCase;
import com.laca.application.shared.AffectedBookings;
import com.laca.application.shared.Caller;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The HTTP side of one clinic-record CRUD flow (paging, ETag, If-Match, 201 + Location), written once so the four
 * resources cannot drift apart in how they lock, page or report errors.
 *
 * @param <T>  the domain record
 * @param <I>  its typed id
 * @param <D>  the draft a request converts into
 * @param <R>  the response record
 */
final class ClinicRecordEndpoints<T, I, D, R> {

    private final String kind;
    private final ManageClinicRecordsUseCase<T, I, D> useCase;
    private final Function<UUID, I> id;
    private final Function<T, R> view;
    private final Function<R, String> idOfView;
    private final ToLongFunction<T> version;

    ClinicRecordEndpoints(String kind, ManageClinicRecordsUseCase<T, I, D> useCase, Function<UUID, I> id,
                          Function<T, R> view, Function<R, String> idOfView, ToLongFunction<T> version) {
        this.kind = kind;
        this.useCase = useCase;
        this.id = id;
        this.view = view;
        this.idOfView = idOfView;
        this.version = version;
    }

    Response list(Caller caller, Integer page, Integer size) {
        return Response.ok(PageResponse.from(useCase.list(caller, Paging.of(page, size)), view)).build();
    }

    Response get(Caller caller, String pathId) {
        T record = useCase.get(caller, PathIds.parse(pathId, kind, id));
        return withVersion(Response.ok(view.apply(record)), record);
    }

    <Q> Response create(Caller caller, Q body, Function<Q, D> toDraft, UriInfo uriInfo) {
        T record = useCase.create(caller, toDraft.apply(body));
        R response = view.apply(record);
        return withVersion(Response.created(uriInfo.getAbsolutePathBuilder().path(idOfView.apply(response)).build())
                .entity(response), record);
    }

    /** A replacement (PUT): every field of the request record must be in the body, or a 400 names the missing ones. */
    <Q extends Record> Response replace(Caller caller, String pathId, String ifMatch, JsonObject body, Class<Q> type,
                                        Function<Q, D> toDraft) {
        return replace(caller, pathId, ifMatch, body, type, toDraft, AffectedBookings.REFUSE);
    }

    /** A replacement whose caller said what to do with future bookings it would break ({@code ?affected=}). */
    <Q extends Record> Response replace(Caller caller, String pathId, String ifMatch, JsonObject body, Class<Q> type,
                                        Function<Q, D> toDraft, AffectedBookings affected) {
        I recordId = PathIds.parse(pathId, kind, id);
        long expected = Versions.expected(ifMatch);
        T record = useCase.update(caller, recordId, expected, toDraft.apply(RecordBodies.whole(body, type)), affected);
        return withVersion(Response.ok(view.apply(record)), record);
    }

    /**
     * A partial change (PATCH, RFC 7396): the patch is merged onto the stored record, and the result replaces it under
     * the version the client sent, so a patch made against an older version is refused like a stale PUT (412).
     */
    <Q extends Record> Response patch(Caller caller, String pathId, String ifMatch, JsonObject patch, Class<Q> type,
                                      Function<Q, D> toDraft) {
        return patch(caller, pathId, ifMatch, patch, type, toDraft, AffectedBookings.REFUSE);
    }

    /** A partial change whose caller said what to do with future bookings it would break ({@code ?affected=}). */
    <Q extends Record> Response patch(Caller caller, String pathId, String ifMatch, JsonObject patch, Class<Q> type,
                                      Function<Q, D> toDraft, AffectedBookings affected) {
        I recordId = PathIds.parse(pathId, kind, id);
        long expected = Versions.expected(ifMatch);
        T current = useCase.get(caller, recordId);
        Q merged = RecordBodies.merged(view.apply(current), patch, type);
        T record = useCase.update(caller, recordId, expected, toDraft.apply(merged), affected);
        return withVersion(Response.ok(view.apply(record)), record);
    }

    Response delete(Caller caller, String pathId, String ifMatch) {
        I recordId = PathIds.parse(pathId, kind, id);
        useCase.delete(caller, recordId, Versions.expected(ifMatch));
        return Response.noContent().build();
    }

    private Response withVersion(Response.ResponseBuilder builder, T record) {
        return builder.header(HttpHeaders.ETAG, Versions.etag(version.applyAsLong(record))).build();
    }
}
