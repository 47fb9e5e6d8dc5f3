package com.laca.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The asynchronous body reader ends each exchange once, and never while the thread that started the read is still
 * serving the request: Payara runs a dispatch at once even then (the specification says it must wait), and the two
 * threads serving one request left clients without an answer.
 */
@DisplayName("Reading a body asynchronously")
class BodyCollectorTest {

    private static final long CONTEXT_TIMEOUT_MILLIS = 130_000;

    private final AsyncContext async = mock(AsyncContext.class);
    private final ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);

    @BeforeEach
    void anAsynchronousRequest() {
        when(async.getRequest()).thenReturn(request);
        when(async.getResponse()).thenReturn(response);
        when(async.getTimeout()).thenReturn(CONTEXT_TIMEOUT_MILLIS);
    }

    @Test
    @DisplayName("a body complete while the starting thread still serves the request is handed on only after it returns")
    void waitsForTheStartingThread() {
        BodyCollector collector = new BodyCollector(async, scheduler, 1024);

        collector.onAllDataRead();

        verify(async, never()).dispatch();
        verify(request).setAttribute(eq(RequestBodyFilter.BODY_ATTRIBUTE), any(byte[].class));
        Runnable retry = scheduledRetry();
        startingThreadReturned();
        retry.run();
        verify(async).dispatch();
    }

    @Test
    @DisplayName("a body complete after the starting thread returned is handed on at once, and only once")
    void handsOnAtOnceAfterReturn() {
        startingThreadReturned();
        BodyCollector collector = new BodyCollector(async, scheduler, 1024);

        collector.onAllDataRead();
        collector.onAllDataRead();

        verify(async).dispatch();
        verify(scheduler, never()).schedule(any(Runnable.class), anyLong(), any(TimeUnit.class));
    }

    @Test
    @DisplayName("a body over the limit is answered 413 only after the starting thread returns, and the deadline ends")
    void answersTooLargeAfterReturn() throws Exception {
        ServletInputStream in = mock(ServletInputStream.class);
        when(request.getInputStream()).thenReturn(in);
        when(in.isReady()).thenReturn(true);
        when(in.read(any(byte[].class))).thenReturn(600);
        when(request.getMethod()).thenReturn("POST");
        when(request.getRequestURI()).thenReturn("/api/public/demo-clinic/bookings");
        StringWriter answered = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(answered));
        BodyCollector collector = new BodyCollector(async, scheduler, 1000);
        collector.expireAfter(Duration.ofSeconds(10));
        Runnable deadline = scheduledRetry();

        collector.onDataAvailable();

        verify(async, never()).complete();
        ArgumentCaptor<Runnable> tasks = ArgumentCaptor.forClass(Runnable.class);
        verify(scheduler, times(2)).schedule(tasks.capture(), anyLong(), any(TimeUnit.class));
        startingThreadReturned();
        tasks.getAllValues().get(1).run();
        verify(response).setStatus(413);
        assertThat(answered.toString()).contains("413");
        verify(async).complete();
        deadline.run();
        verify(async).complete();
        assertThat(tasks.getAllValues()).hasSize(2);
    }

    private Runnable scheduledRetry() {
        ArgumentCaptor<Runnable> task = ArgumentCaptor.forClass(Runnable.class);
        verify(scheduler).schedule(task.capture(), anyLong(), any(TimeUnit.class));
        return task.getValue();
    }

    /** The container refuses a new time-out once the dispatch that started the read has returned to it. */
    private void startingThreadReturned() {
        doThrow(new IllegalStateException("returned")).when(async).setTimeout(CONTEXT_TIMEOUT_MILLIS);
    }
}
