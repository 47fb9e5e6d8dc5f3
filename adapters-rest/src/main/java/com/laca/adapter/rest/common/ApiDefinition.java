package com.laca.adapter.rest.common;

import com.laca.adapter.rest.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The API's description and the error answers many endpoints share, declared once as OpenAPI components so each
 * endpoint refers to them by name ({@code @APIResponse(responseCode = "401", ref = UNAUTHORIZED)}) and states only
 * the answers that are its own.
 */
@OpenAPIDefinition(info = @Info(title = "LACA API", version = "0.1.0",
        description = "Aesthetics clinics and training academies: clinic set-up, identity and tenancy."),
        components = @Components(headers = {
        @Header(name = ApiDefinition.ETAG, description = "The version of what was read: send it back in If-Match "
                + "to change it, or in If-None-Match to get 304 while it is unchanged",
                schema = @Schema(type = SchemaType.STRING)),
        @Header(name = ApiDefinition.LOCATION, description = "Where the created record can be read",
                schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(name = ApiDefinition.RETRY_AFTER, description = "Seconds to wait before trying again",
                schema = @Schema(type = SchemaType.INTEGER, minimum = "1")),
        @Header(name = ApiDefinition.CACHE_CONTROL, description = "How long browsers and caches may keep the answer",
                schema = @Schema(type = SchemaType.STRING))},
        responses = {
        @APIResponse(name = ApiDefinition.NOT_MODIFIED,
                description = "Unchanged since the ETag sent in If-None-Match; no body"),
        @APIResponse(name = ApiDefinition.TOO_MANY_REQUESTS,
                description = "Too many requests from this address; Retry-After says when to try again",
                headers = @Header(name = "Retry-After", ref = ApiDefinition.RETRY_AFTER),
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDefinition.PROBLEM))),
        @APIResponse(name = ApiDefinition.UNAUTHORIZED, description = "No valid access token",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDefinition.PROBLEM))),
        @APIResponse(name = ApiDefinition.FORBIDDEN, description = "The caller's role may not do this",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDefinition.PROBLEM))),
        @APIResponse(name = ApiDefinition.INVALID_INPUT,
                description = "Invalid or malformed input, naming the field or parameter",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDefinition.PROBLEM))),
        @APIResponse(name = ApiDefinition.BAD_PAGE, description = "page or size out of range",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDefinition.PROBLEM))),
        @APIResponse(name = ApiDefinition.NOT_FOUND,
                description = "No such record in the caller's clinic (another clinic's look the same)",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDefinition.PROBLEM))),
        @APIResponse(name = ApiDefinition.IN_USE, description = "Still in use",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDefinition.PROBLEM))),
        @APIResponse(name = ApiDefinition.TRANSITION_REFUSED,
                description = "Not allowed from the current state; reason says why",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDefinition.PROBLEM))),
        @APIResponse(name = ApiDefinition.VERSION_CONFLICT, description = "Changed by someone else since it was read",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDefinition.PROBLEM))),
        @APIResponse(name = ApiDefinition.VERSION_REQUIRED, description = "If-Match missing",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDefinition.PROBLEM)))}))
public final class ApiDefinition {

    /** The schema of every error answer, {@link Problem}'s. */
    public static final String PROBLEM = "Problem";

    /** 401: no valid access token. */
    public static final String UNAUTHORIZED = "Unauthorized";
    /** 403: the caller's role may not do this. */
    public static final String FORBIDDEN = "Forbidden";
    /** 400: invalid or malformed input, naming the field or parameter. */
    public static final String INVALID_INPUT = "InvalidInput";
    /** 400: page or size out of range. */
    public static final String BAD_PAGE = "BadPage";
    /** 404: no such record in the caller's clinic. */
    public static final String NOT_FOUND = "NotFound";
    /** 409: the record is still in use. */
    public static final String IN_USE = "InUse";
    /** 409: the lifecycle change is not allowed from the current state. */
    public static final String TRANSITION_REFUSED = "TransitionRefused";
    /** 412: changed by someone else since it was read. */
    public static final String VERSION_CONFLICT = "VersionConflict";
    /** 428: If-Match missing. */
    public static final String VERSION_REQUIRED = "VersionRequired";
    /** 304: unchanged since the ETag in If-None-Match. */
    public static final String NOT_MODIFIED = "NotModified";
    /** 429: the per-address rate limit was reached. */
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";

    /** Header: the version of what was read. */
    public static final String ETAG = "ETag";
    /** Header: where a created record can be read. */
    public static final String LOCATION = "Location";
    /** Header: seconds to wait before trying again. */
    public static final String RETRY_AFTER = "RetryAfter";
    /** Header: how long the answer may be kept. */
    public static final String CACHE_CONTROL = "CacheControl";

    private ApiDefinition() {
    }
}
