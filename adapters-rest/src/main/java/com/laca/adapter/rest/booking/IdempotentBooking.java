package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.StrictJson;
import com.laca.adapter.rest.problem.ProblemException;
import com.laca.adapter.rest.problem.ProblemType;
import com.laca.application.booking.port.in.RunOnceUseCase;
import com.laca.application.shared.IdempotentAnswer;
import com.laca.domain.shared.TenantId;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Gives a booking request (and a staff note, also a create) sent with an {@code Idempotency-Key} the at-most-once
 * behaviour: the key is checked, the
 * request body hashed, and the booking's answer stored or replayed (with {@code Idempotent-Replayed: true}); without
 * the header a booking runs as before.
 */
final class IdempotentBooking {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final String PUBLIC = "public";
    static final String STAFF = "staff";
    /** Staff notes on an appointment: append-only, so a retry must not write twice. */
    static final String NOTE = "note";
    private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");
    private static final Jsonb JSONB = JsonbBuilder.create(StrictJson.config());

    private IdempotentBooking() {
    }

    /** Runs the booking, once per key when a key is sent; the answer's body is always the entity as JSON text. */
    static Response run(RunOnceUseCase runOnce, TenantId tenant, String scope, String key, Object requestBody,
                        Supplier<Response> booking) {
        if (key == null) {
            return booking.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw new ProblemException(ProblemType.BAD_REQUEST.problem(
                    "The Idempotency-Key header must be 1 to 255 printable ASCII characters."));
        }
        Response[] first = new Response[1];
        RunOnceUseCase.Outcome outcome = runOnce.run(tenant, scope, key, hash(requestBody), () -> {
            first[0] = booking.get();
            return answer(first[0]);
        });
        IdempotentAnswer answer = outcome.answer();
        if (!outcome.replayed() && (answer.status() < 200 || answer.status() >= 300)) {
            return first[0];
        }
        Response.ResponseBuilder response = Response.status(answer.status())
                .entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE);
        if (answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        if (outcome.replayed()) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    private static IdempotentAnswer answer(Response response) {
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : JSONB.toJson(entity);
        URI location = response.getLocation();
        return new IdempotentAnswer(response.getStatus(), body, location == null ? null : location.toString());
    }

    /** The SHA-256 of the request record as JSON, so the same booking sent again hashes the same. */
    private static String hash(Object requestBody) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JSONB.toJson(requestBody).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
