package com.laca.adapter.rest.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * An RFC 9457 problem document, the one shape every error answer takes so clients handle failures in one place.
 *
 * @param type     a stable URI naming the kind of problem; clients switch on it, never on {@code title}
 * @param instance the request path the problem occurred on, when known
 * @param errors   for validation problems, what is wrong with which field
 */
@Schema(name = "Problem", description = "An RFC 9457 problem document (media type application/problem+json).", properties = {
        @SchemaProperty(name = "type", example = "https://laca.dev/problems/validation"),
        @SchemaProperty(name = "title", example = "Invalid input"),
        @SchemaProperty(name = "status", example = "400"),
        @SchemaProperty(name = "detail", example = "durationMinutes: is required"),
        @SchemaProperty(name = "instance", example = "/api/treatments", nullable = true),
        @SchemaProperty(name = "errors", nullable = true)})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors) {

    /** The media type of every error answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    /** The same problem, located at the given request path, leaving out any secret in that path (a manage token). */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, InstancePaths.withoutSecrets(path), errors);
    }

    /** One field that failed validation and why, named as in the request JSON. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "durationMinutes") String field,
                             @Schema(example = "is required") String message) {
    }
}
