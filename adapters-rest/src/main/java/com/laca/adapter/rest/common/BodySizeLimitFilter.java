package com.laca.adapter.rest.common;

import com.laca.adapter.rest.problem.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses request bodies over {@code laca.http.max-body-bytes} (64 KiB by default) with 413 before anything parses
 * them, and caps chunked bodies whose length is not declared, so one request cannot exhaust memory. The one exception
 * is signing a consent form, whose drawn signature (at most 200 KiB as an image) travels as base64: that path alone
 * accepts up to {@value #SIGNATURE_BODY_BYTES} bytes.
 */
@Provider
@PreMatching
public class BodySizeLimitFilter implements ContainerRequestFilter {

    /** The configuration key for the limit, in bytes. */
    public static final String MAX_BODY_BYTES_KEY = "laca.http.max-body-bytes";
    /** No request this API accepts comes near 64 KiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    /** A consent signature: a 200 KiB image in base64 (about 274 KiB) plus the rest of the form. */
    public static final long SIGNATURE_BODY_BYTES = 300 * 1024;
    private static final Pattern SIGNATURE_PATH = Pattern.compile("(.*/)?public/[^/]+/consent/[^/]+/signature/?");

    private final long limit;
    private final long photoLimit;

    /** Reads the limit from MicroProfile Config. */
    public BodySizeLimitFilter() {
        this(ConfigProvider.getConfig().getOptionalValue(MAX_BODY_BYTES_KEY, Long.class)
                .orElse(DEFAULT_MAX_BODY_BYTES), PhotoUploads.maxBytes());
    }

    BodySizeLimitFilter(long limit) {
        this(limit, limit);
    }

    BodySizeLimitFilter(long limit, long photoLimit) {
        if (limit < 1) {
            throw new IllegalArgumentException(MAX_BODY_BYTES_KEY + " must be positive");
        }
        this.limit = limit;
        this.photoLimit = Math.max(limit, photoLimit);
    }

    /** The limit for a request path: the configured one, or the larger signature allowance on the signing path. */
    public static long limitFor(String path, long configured) {
        return path != null && SIGNATURE_PATH.matcher(path).matches()
                ? Math.max(configured, SIGNATURE_BODY_BYTES) : configured;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = PhotoUploads.isUpload(request.getMethod(), request.getUriInfo().getPath()) ? photoLimit
                : limitFor(request.getUriInfo().getPath(), this.limit);
        if (request.getLength() > limit) {
            request.abortWith(Problems.response(Problems.tooLarge(limit)));
            return;
        }
        // every stream is capped, whatever its headers say; asking Jersey's hasEntity() instead would read the body's
        // first byte, making each request wait here for its body before any permission check could refuse it
        request.setEntityStream(new CappedInputStream(request.getEntityStream(), limit));
    }
}
