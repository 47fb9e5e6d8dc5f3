package com.laca.adapter.rest.http;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * The headers every answer carries: nothing is sniffed, framed, referred or cached, and any HTML a browser might render
 * may load nothing at all. Caching is off by default because most answers carry personal or clinical data; an answer
 * that may be cached says so itself.
 */
final class SecurityHeaders {

    /** Header name to value. */
    static final Map<String, String> VALUES = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
            "X-Frame-Options", "DENY",
            "Cache-Control", "no-store");

    private SecurityHeaders() {
    }

    /** Sets every header, replacing what the response had under those names. */
    static void applyTo(HttpServletResponse response) {
        VALUES.forEach(response::setHeader);
    }
}
