package com.laca.adapter.rest.common;

import com.laca.adapter.rest.problem.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses request bodies over {@code laca.http.max-body-bytes} (64 KiB by default) with 413 before anything parses
 * them, and caps chunked bodies whose length is not declared, so one request cannot exhaust memory.
 */
@Provider
@PreMatching
public class BodySizeLimitFilter implements ContainerRequestFilter {

    /** The configuration key for the limit, in bytes. */
    public static final String MAX_BODY_BYTES_KEY = "laca.http.max-body-bytes";
    /** No request this API accepts comes near 64 KiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;

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

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = PhotoUploads.isUpload(request.getMethod(), request.getUriInfo().getPath()) ? photoLimit
                : this.limit;
        if (request.getLength() > limit) {
            request.abortWith(Problems.response(Problems.tooLarge(limit)));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new CappedInputStream(request.getEntityStream(), limit));
        }
    }
}
