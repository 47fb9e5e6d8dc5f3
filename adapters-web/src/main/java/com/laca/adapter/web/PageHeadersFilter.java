package com.laca.adapter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Gives pages a content security policy that lets them run their own scripts and styles (and Stripe's, for the card
 * form) and nothing else, and gives static assets a cache lifetime; the API's headers filter would otherwise forbid
 * everything and cache nothing. The headers set here win whichever order the filters run in: later attempts to set
 * them are ignored, and they come back after a reset.
 */
public class PageHeadersFilter extends HttpFilter {

    /** The request attribute holding this request's style and script nonce. */
    public static final String NONCE_ATTRIBUTE = PageHeadersFilter.class.getName() + ".nonce";
    /** Assets are named with their content's version in the query, so a long lifetime is safe. */
    static final String ASSET_CACHE = "public, max-age=31536000, immutable";

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Map<String, String> headers = new LinkedHashMap<>();
        if (path.startsWith("/assets/")) {
            headers.put("Cache-Control", request.getQueryString() == null ? "public, max-age=300" : ASSET_CACHE);
        } else {
            String nonce = (String) request.getAttribute(NONCE_ATTRIBUTE);
            if (nonce == null) {
                byte[] bytes = new byte[18];
                RANDOM.nextBytes(bytes);
                nonce = Base64.getEncoder().encodeToString(bytes);
                request.setAttribute(NONCE_ATTRIBUTE, nonce);
            }
            headers.put("Content-Security-Policy", policy(nonce));
            headers.put("Cache-Control", "no-store");
            headers.put("Referrer-Policy", "no-referrer");
        }
        Fixed fixed = new Fixed(response, headers);
        fixed.apply();
        chain.doFilter(request, fixed);
    }

    /**
     * Own scripts, styles, images and API calls only, plus Stripe.js and its frames for the deposit's card form and https
     * images for a clinic's logo; inline style only with this request's nonce (the clinic's colours).
     */
    static String policy(String nonce) {
        return "default-src 'none'; script-src 'self' https://js.stripe.com; style-src 'self' 'nonce-" + nonce + "'; "
                + "img-src 'self' https: data:; connect-src 'self' https://api.stripe.com; "
                + "frame-src https://js.stripe.com https://hooks.stripe.com; font-src 'self'; base-uri 'none'; "
                + "form-action 'self'; frame-ancestors 'none'";
    }

    /** A response whose headers of these names keep the values given here. */
    private static final class Fixed extends HttpServletResponseWrapper {

        private final Map<String, String> headers;

        Fixed(HttpServletResponse response, Map<String, String> headers) {
            super(response);
            this.headers = headers;
        }

        void apply() {
            headers.forEach(super::setHeader);
        }

        private boolean fixed(String name) {
            return name != null && headers.keySet().stream()
                    .anyMatch(h -> h.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
        }

        @Override
        public void setHeader(String name, String value) {
            if (!fixed(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!fixed(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            apply();
        }
    }
}
