package com.laca.adapter.rest.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id, so one request's log lines can be found among many: the caller's
 * {@code X-Request-Id} when it is a plain token, otherwise a new UUID; it is returned in the same header and, while
 * the request runs, is part of the worker thread's name, which every Payara log line (text or JSON) carries.
 */
public class RequestIdFilter extends HttpFilter {

    /** The header that carries the id both ways. */
    public static final String HEADER = "X-Request-Id";
    /** The request attribute under which the id is available to the application. */
    public static final String ATTRIBUTE = RequestIdFilter.class.getName();

    private static final long serialVersionUID = 1L;
    /** Letters, digits and {@code . _ -}, at most 64: nothing a log line or a header could be forged with. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = idOf(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        Thread worker = Thread.currentThread();
        String name = worker.getName();
        worker.setName(name + " request-id=" + id);
        try {
            chain.doFilter(request, response);
        } finally {
            worker.setName(name);
        }
    }

    static String idOf(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : newId();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: a correlation id needs to be unique, not
     * unguessable, and {@link UUID#randomUUID()} takes a lock and reads the system's secure random source on every
     * request.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
