package com.laca.bootstrap.health;

import com.laca.adapter.rest.problem.Problems;
import com.laca.adapter.rest.problem.ServletProblems;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts the requests being served, so the shutdown drain knows when the last one has been answered: a request that
 * goes asynchronous (a body read as its bytes come) stays counted until its asynchronous cycle ends, not merely until
 * its first thread returns. Once the drain refuses new requests, they are answered 503 with {@code Retry-After}
 * (health and metrics still answer, so the orchestrator sees the instance leave).
 */
@WebFilter(filterName = "InFlightRequests", urlPatterns = "/*", asyncSupported = true)
public class InFlightRequestsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Seconds a refused client should wait: another instance is normally serving by then. */
    private static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    transient ShutdownDrain drain;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (operations(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        if (!drain.enter()) {
            ServletProblems.answer(request, response, Problems.forStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE));
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setHeader("Connection", "close");
            return;
        }
        boolean leftLater = false;
        try {
            chain.doFilter(request, response);
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new LeaveWhenDone(drain));
                leftLater = true;
            }
        } finally {
            if (!leftLater) {
                drain.leave();
            }
        }
    }

    /** Health and metrics are how the orchestrator watches the drain; they are neither counted nor refused. */
    static boolean operations(String path) {
        return path.equals("/health") || path.startsWith("/health/") || path.equals("/metrics")
                || path.startsWith("/metrics/");
    }

    /** Counts an asynchronous request out once its cycle ends, however it ends (answered, failed or timed out). */
    private static final class LeaveWhenDone implements AsyncListener {

        private final ShutdownDrain drain;
        private final AtomicBoolean left = new AtomicBoolean();

        LeaveWhenDone(ShutdownDrain drain) {
            this.drain = drain;
        }

        private void leave() {
            if (left.compareAndSet(false, true)) {
                drain.leave();
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            leave();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            leave();
        }

        @Override
        public void onError(AsyncEvent event) {
            leave();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
