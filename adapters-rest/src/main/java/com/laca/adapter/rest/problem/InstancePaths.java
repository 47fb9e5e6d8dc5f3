package com.laca.adapter.rest.problem;

import java.util.regex.Pattern;

/**
 * Keeps secrets that travel in a request path out of a problem's {@code instance}: a client's manage token is the only
 * key to their booking, and an answer (or a log or proxy that records it) must never repeat it.
 */
final class InstancePaths {

    /** The segment after {@code /api/public/{tenantSlug}/bookings/} is a manage token. */
    private static final Pattern MANAGE_TOKEN = Pattern.compile("^(/api/public/[^/]+/bookings/)[^/]+");
    /** What stands in a redacted segment's place. */
    static final String REDACTED = "redacted";

    private InstancePaths() {
    }

    /** The path with every secret segment replaced by {@value #REDACTED}. */
    static String withoutSecrets(String path) {
        return path == null ? null : MANAGE_TOKEN.matcher(path).replaceFirst("$1" + REDACTED);
    }
}
