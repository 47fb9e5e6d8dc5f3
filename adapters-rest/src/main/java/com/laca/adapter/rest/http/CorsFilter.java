package com.laca.adapter.rest.http;

import com.laca.adapter.rest.problem.ProblemType;
import com.laca.adapter.rest.problem.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Lets a clinic's own web site, on another origin, call its public API ({@code /api/public/<slug>/...}) from a
 * browser: each clinic lists its origins in {@code laca.cors.<slug>.allowed-origins} (comma-separated, default none).
 * An allowed origin's preflight is answered here; a refused one gets 403, and an actual request from an origin not
 * listed gets no CORS headers, so the browser keeps the answer from the page. Staff paths never answer CORS: the staff
 * application is served from the API's own origin.
 */
public class CorsFilter extends HttpFilter {

    /** The configuration key of a clinic's allowed origins is this prefix, the slug, then {@link #KEY_SUFFIX}. */
    public static final String KEY_PREFIX = "laca.cors.";
    static final String KEY_SUFFIX = ".allowed-origins";

    private static final long serialVersionUID = 1L;
    private static final String PUBLIC = "/api/public/";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    static final String METHODS = "GET, POST";
    static final String REQUEST_HEADERS = "Content-Type, Idempotency-Key, If-None-Match, X-Request-Id";
    static final String EXPOSED_HEADERS = "ETag, Idempotent-Replayed, Location, Retry-After, X-Request-Id";
    private static final String MAX_AGE_SECONDS = "600";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        Optional<String> slug = slugOf(request.getRequestURI().substring(request.getContextPath().length()));
        if (origin == null || slug.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        boolean allowed = allowedOrigins(slug.get()).contains(origin);
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeader("Access-Control-Request-Method") != null;
        response.addHeader("Vary", "Origin");
        if (preflight && !allowed) {
            ServletProblems.answer(request, response,
                    ProblemType.FORBIDDEN.problem("This origin may not call this clinic's API."));
        } else if (preflight) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Methods", METHODS);
            response.setHeader("Access-Control-Allow-Headers", REQUEST_HEADERS);
            response.setHeader("Access-Control-Max-Age", MAX_AGE_SECONDS);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            if (allowed) {
                response.setHeader("Access-Control-Allow-Origin", origin);
                response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            }
            chain.doFilter(request, response);
        }
    }

    /** The slug of a public path, from the raw path so that matrix parameters or encodings cannot hide it. */
    static Optional<String> slugOf(String path) {
        if (!path.startsWith(PUBLIC)) {
            return Optional.empty();
        }
        String rest = path.substring(PUBLIC.length());
        int end = rest.length();
        for (char stop : new char[] {'/', ';', '%'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String slug = rest.substring(0, end);
        return SLUG.matcher(slug).matches() ? Optional.of(slug) : Optional.empty();
    }

    private static Set<String> allowedOrigins(String slug) {
        return ConfigProvider.getConfig().getOptionalValue(KEY_PREFIX + slug + KEY_SUFFIX, String.class)
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(o -> !o.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }
}
