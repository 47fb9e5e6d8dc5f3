package com.laca.adapter.rest.security;

import java.util.Arrays;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Writes one WARNING line per refused credential or permission: what was refused and why, the request line and the
 * client's address; never a token, password, e-mail or stack trace, so an attack shows in the log without flooding it.
 */
public final class SecurityLog {

    /** The logger operators filter on; its name is part of the operations documentation. */
    public static final String LOGGER = "com.laca.security";
    /** Path segments this long are secrets (a manage token is 80 characters), never ids (36), so they are masked. */
    private static final int LONGEST_LOGGED_SEGMENT = 40;

    private static final Logger LOG = Logger.getLogger(LOGGER);

    private SecurityLog() {
    }

    /**
     * Logs a refusal, e.g. {@code refused("a bearer token (not valid yet)", "GET", "/api/locations", "10.0.0.7")}.
     *
     * @param what what was refused and why, in words the operator reads; never the credential itself
     */
    public static void refused(String what, String method, String path, String address) {
        LOG.warning(() -> "Refused " + what + ": " + method + " " + masked(path) + " from " + address);
    }

    /** The path with every long segment replaced, so a secret carried in a URL never reaches the log. */
    static String masked(String path) {
        if (path == null) {
            return "?";
        }
        return Arrays.stream(path.split("/", -1))
                .map(segment -> segment.length() > LONGEST_LOGGED_SEGMENT ? "…" : segment)
                .collect(Collectors.joining("/"));
    }
}
