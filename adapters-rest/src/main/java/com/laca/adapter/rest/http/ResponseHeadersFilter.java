package com.laca.adapter.rest.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts the {@link SecurityHeaders} on every answer the application makes, errors included: it runs on every dispatch
 * and puts them back when an error page resets the response; it also gives 422, 428 and 429 their real reason
 * phrases ({@link ReasonPhrases}) instead of Grizzly's {@code CUSTOM}.
 */
public class ResponseHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.applyTo(response);
        chain.doFilter(request, new KeepingHeaders(response));
    }

    /** A response whose reset keeps the security headers and whose status line carries a real reason phrase. */
    private static final class KeepingHeaders extends HttpServletResponseWrapper {

        KeepingHeaders(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            ReasonPhrases.apply(getResponse(), status);
        }

        @Override
        public void reset() {
            super.reset();
            SecurityHeaders.applyTo(this);
        }
    }
}
