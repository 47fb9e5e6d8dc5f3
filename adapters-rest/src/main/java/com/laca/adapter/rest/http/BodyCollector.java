package com.laca.adapter.rest.http;

import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.Problems;
import com.laca.adapter.rest.problem.ServletProblems;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gathers one request body as the container announces its bytes, then dispatches the request on with the body in
 * memory; or answers 413 (too long) or 408 (not complete by its deadline) and ends the exchange. Exactly one of these
 * happens, whichever comes first, because reads and the deadline run on different threads. The deadline is a task of
 * its own, not the asynchronous context's time-out, which would keep running while the dispatched request is served.
 * <p>
 * The request is handed on (or answered) only once the thread that started the read has returned to the container. The Servlet
 * specification says a dispatch made before that must wait for it, but Payara starts it at once, and two threads then
 * serve one request: when the body arrived while the read was being set up, the client got no answer at all, or the
 * connection closed under it. The container shows that the thread has returned by refusing
 * {@link AsyncContext#setTimeout}, as the specification requires; until then the ending is retried a moment later.
 */
final class BodyCollector implements ReadListener, AsyncListener {

    /** How long to wait before asking again whether the thread that started the read has returned (it takes less). */
    private static final long RETURN_POLL_MICROS = 200;

    private final AsyncContext async;
    private final ScheduledExecutorService scheduler;
    private final long maxBytes;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final byte[] chunk = new byte[8192];
    private final AtomicBoolean settled = new AtomicBoolean();
    private volatile ScheduledFuture<?> deadline;

    BodyCollector(AsyncContext async, ScheduledExecutorService scheduler, long maxBytes) {
        this.async = async;
        this.scheduler = scheduler;
        this.maxBytes = maxBytes;
    }

    /** Answers 408 unless the whole body has arrived (or something else ended the exchange) within the time given. */
    void expireAfter(Duration timeout) {
        deadline = scheduler.schedule(this::tooSlow, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Reads what has arrived; asking {@code isReady()} once nothing is left is what makes Payara call
     * {@link #onAllDataRead()} (or this method again when more bytes come), so the loop ends only on that question.
     */
    @Override
    public void onDataAvailable() throws IOException {
        ServletInputStream in = async.getRequest().getInputStream();
        int n;
        while (!settled.get() && in.isReady() && (n = in.read(chunk)) != -1) {
            if (body.size() + n > maxBytes) {
                answer(Problems.tooLarge(maxBytes));
                return;
            }
            body.write(chunk, 0, n);
        }
    }

    @Override
    public void onAllDataRead() {
        if (settle()) {
            async.getRequest().setAttribute(RequestBodyFilter.BODY_ATTRIBUTE, body.toByteArray());
            onceStarterReturned(async::dispatch);
        }
    }

    /** Ends the exchange (hands it on, or answers it), but never while the thread that started the read serves it. */
    private void onceStarterReturned(Runnable ending) {
        if (starterReturned()) {
            ending.run();
        } else {
            scheduler.schedule(() -> onceStarterReturned(ending), RETURN_POLL_MICROS, TimeUnit.MICROSECONDS);
        }
    }

    /**
     * The container accepts a new time-out only until the dispatch that started the asynchronous read has returned to
     * it; setting the same value again changes nothing.
     */
    private boolean starterReturned() {
        try {
            async.setTimeout(async.getTimeout());
            return false;
        } catch (IllegalStateException returned) {
            return true;
        }
    }

    /** The connection failed or the client went away: there is nobody left to answer. */
    @Override
    public void onError(Throwable failure) {
        if (settle()) {
            async.complete();
        }
    }

    /**
     * The asynchronous context's own time-out, set well beyond the body's deadline, is only a safety net: before the
     * body is complete it answers 408 like the deadline; after, the container answers the hung request itself.
     */
    @Override
    public void onTimeout(AsyncEvent event) {
        tooSlow();
    }

    @Override
    public void onError(AsyncEvent event) {
        onError(event.getThrowable());
    }

    @Override
    public void onComplete(AsyncEvent event) {
        settle();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // the collector is registered once, for the one asynchronous read it serves
    }

    private void tooSlow() {
        answer(Problems.bodyTooSlow());
    }

    private void answer(Problem problem) {
        if (settle()) {
            onceStarterReturned(() -> send(problem));
        }
    }

    private void send(Problem problem) {
        try {
            HttpServletResponse response = (HttpServletResponse) async.getResponse();
            ServletProblems.answer((HttpServletRequest) async.getRequest(), response, problem);
            response.setHeader("Connection", "close");
        } catch (IOException | IllegalStateException clientGone) {
            // nothing more can be sent; completing below releases the request
        } finally {
            async.complete();
        }
    }

    /** Marks the exchange as decided, once; only the caller that decides it acts. */
    private boolean settle() {
        if (!settled.compareAndSet(false, true)) {
            return false;
        }
        ScheduledFuture<?> pending = deadline;
        if (pending != null) {
            pending.cancel(false);
        }
        return true;
    }
}
