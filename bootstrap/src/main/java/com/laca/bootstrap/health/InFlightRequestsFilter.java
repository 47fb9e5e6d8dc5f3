package com.laca.bootstrap.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Counts the requests being served, so the shutdown drain knows when the last one has been answered. */
@WebFilter(filterName = "InFlightRequests", urlPatterns = "/*", asyncSupported = true)
public class InFlightRequestsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ShutdownDrain drain;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        drain.enter();
        try {
            chain.doFilter(request, response);
        } finally {
            drain.leave();
        }
    }
}
