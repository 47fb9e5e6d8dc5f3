package com.laca.adapter.rest.common;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Answers for what anyone may read (the public menu, availability): the same body always carries the same ETag, a
 * client's {@code If-None-Match} with it gets 304 and no body, and browsers and shared caches may keep the answer for a
 * short, stated time, so a busy booking page does not cost the clinic a computation per visit.
 */
public final class PublicReads {

    /** The same serialisation JAX-RS uses for these answers (StrictJson's configuration). */
    private static final Jsonb JSON = JsonbBuilder.create(StrictJson.config());

    private PublicReads() {
    }

    /** 200 with the entity as JSON, or 304 when the request's {@code If-None-Match} names this body's tag. */
    public static Response cacheable(Request request, Object entity, int maxAgeSeconds) {
        return cacheable(request, JSON.toJson(entity).getBytes(StandardCharsets.UTF_8), maxAgeSeconds);
    }

    /**
     * 200 with a JSON body already written, or 304 when the request's {@code If-None-Match} names its tag: the tag is
     * computed from the very bytes sent, so an answer written without JSON-B is not serialised a second time for it.
     */
    public static Response cacheable(Request request, byte[] body, int maxAgeSeconds) {
        EntityTag tag = new EntityTag(fingerprint(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        return answer.tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds)
                .header(HttpHeaders.VARY, "Origin")
                .build();
    }

    static String fingerprint(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
