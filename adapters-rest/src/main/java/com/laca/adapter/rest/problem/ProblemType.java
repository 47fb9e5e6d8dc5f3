package com.laca.adapter.rest.problem;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of problem types with their stable URIs, so a client can rely on {@code type} across releases.
 */
public enum ProblemType {
    VALIDATION("validation", "Invalid input", 400),
    MALFORMED_BODY("malformed-body", "Malformed request body", 400),
    INVALID_ONE_TIME_TOKEN("invalid-one-time-token", "Invalid or expired link", 400),
    BAD_REQUEST("bad-request", "Bad request", 400),
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    INVALID_CREDENTIALS("invalid-credentials", "Invalid credentials", 401),
    FORBIDDEN("forbidden", "Forbidden", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    REQUEST_TIMEOUT("request-timeout", "Request timed out", 408),
    CONFLICT("conflict", "Conflict", 409),
    SLOT_UNAVAILABLE("slot-unavailable", "Slot unavailable", 409),
    TRANSITION_REFUSED("transition-refused", "Change not allowed", 409),
    STALE_VERSION("stale-version", "Changed by someone else", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    PRECONDITION_REQUIRED("precondition-required", "If-Match required", 428),
    TOO_MANY_REQUESTS("too-many-requests", "Too many attempts", 429),
    INTERNAL("internal", "Internal error", 500),
    NOT_IMPLEMENTED("not-implemented", "Not implemented", 501),
    UNAVAILABLE("unavailable", "Service unavailable", 503),
    REFUND_REJECTED("refund-rejected", "Refund exceeds what can be refunded", 409),
    REFUND_DECLINED("refund-declined", "Refund declined by the payment processor", 409),
    IDEMPOTENCY_KEY_REQUIRED("idempotency-key-required", "Idempotency-Key header required", 428),
    PAYMENT_PROCESSOR_UNAVAILABLE("payment-processor-unavailable", "Payment processor unavailable", 503),
    DESK_PAYMENT_REJECTED("desk-payment-rejected", "Desk payment exceeds the balance due", 409),
    KEY_REUSED("key-reused", "Key reused for a different request", 422),
    BOOKING_LIMIT_REACHED("booking-limit-reached", "Booking limit reached", 409),
    MERGE_REFUSED("merge-refused", "Clients not merged", 409),
    TREATMENT_NOT_ALLOWED("treatment-not-allowed", "Treatment not allowed for this client", 409),
    AFFECTS_BOOKINGS("affects-bookings", "Change affects booked appointments", 409),
    TREATMENT_RECORD_REFUSED("treatment-record-refused", "Treatment record not signed", 409),
    WRITING_SERVICE_UNAVAILABLE("writing-service-unavailable", "Writing service unavailable", 503);

    /** Where the problem types are documented; part of the public contract. */
    public static final String BASE_URI = "https://laca.dev/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return BASE_URI + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The general type for an HTTP status, e.g. 405 for a JAX-RS method mismatch, if the catalogue has one. */
    public static Optional<ProblemType> generalFor(int status) {
        return Arrays.stream(values())
                .filter(t -> t.status == status)
                .filter(t -> t != MALFORMED_BODY && t != INVALID_ONE_TIME_TOKEN && t != VALIDATION
                        && t != INVALID_CREDENTIALS && t != SLOT_UNAVAILABLE && t != TRANSITION_REFUSED
                        && t.ordinal() <= UNAVAILABLE.ordinal())
                .findFirst();
    }

    /** A problem of this type with a human-readable detail. */
    public Problem problem(String detail) {
        return new Problem(uri(), title, status, detail, null, null);
    }
}
