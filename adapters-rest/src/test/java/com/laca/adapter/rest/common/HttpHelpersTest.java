package com.laca.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.laca.adapter.rest.problem.BodyReadTimedOutException;
import com.laca.adapter.rest.problem.BodyTooLargeException;
import com.laca.adapter.rest.problem.ProblemException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.PageRequest;
import com.laca.domain.shared.LocationId;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class HttpHelpersTest {

    @Test
    @DisplayName("If-Match must be the strong ETag we sent: missing is 428, anything else is 400")
    void ifMatch() {
        assertThat(Versions.expected("\"7\"")).isEqualTo(7);
        assertThat(Versions.etag(7)).isEqualTo("\"7\"");
        assertThatThrownBy(() -> Versions.expected(null)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(428));
        for (String bad : new String[] {"7", "W/\"7\"", "*", "\"-1\"", "\"seven\"", "\"99999999999999999999\""}) {
            assertThatThrownBy(() -> Versions.expected(bad)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.problem().status()).isEqualTo(400));
        }
    }

    @Test
    @DisplayName("paging defaults to page 0 of 20; the bounds the constraints check fit an int and PageRequest")
    void paging() {
        assertThat(Paging.of(null, null)).isEqualTo(new PageRequest(0, 20));
        assertThat(Paging.of(2, 50)).isEqualTo(new PageRequest(2, 50));
        assertThat(new PageRequest(Paging.MAX_PAGE, Paging.MAX_SIZE).size()).isEqualTo(100);
        assertThat((long) Paging.MAX_PAGE * Paging.MAX_SIZE).isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThat(Paging.limit(null)).isEqualTo(Paging.DEFAULT_LIMIT);
    }

    @Test
    @DisplayName("a path id that is not a UUID names no record: 404")
    void pathIds() {
        UUID id = UUID.randomUUID();
        assertThat(PathIds.parse(id.toString(), "location", LocationId::new)).isEqualTo(new LocationId(id));
        assertThatThrownBy(() -> PathIds.parse("1;DROP TABLE", "location", LocationId::new))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("a body without a declared length is cut off once it passes the limit")
    void capsUndeclaredBodies() throws Exception {
        try (InputStream small = new CappedInputStream(new ByteArrayInputStream(new byte[10]), 10)) {
            assertThat(small.readAllBytes()).hasSize(10);
        }
        try (InputStream large = new CappedInputStream(new ByteArrayInputStream(new byte[11]), 10)) {
            assertThatThrownBy(large::readAllBytes).isInstanceOf(BodyTooLargeException.class);
        }
    }

    @Test
    @DisplayName("a body whose bytes stop for the container's read time-out is told apart from other read failures")
    void bodyThatStoppedArriving() {
        InputStream timedOut = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException(new TimeoutException());
            }
        };
        assertThatThrownBy(() -> new CappedInputStream(timedOut, 10).readAllBytes())
                .isInstanceOf(BodyReadTimedOutException.class);
        InputStream reset = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> new CappedInputStream(reset, 10).readAllBytes())
                .isExactlyInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("the size filter caps every body, chunked or undeclared, without reading any of it itself")
    void sizeFilterReadsNothing() throws Exception {
        ContainerRequestContext request = mock(ContainerRequestContext.class, RETURNS_DEEP_STUBS);
        when(request.getMethod()).thenReturn("POST");
        when(request.getUriInfo().getPath()).thenReturn("api/staff");
        when(request.getLength()).thenReturn(-1);
        InputStream body = spy(new ByteArrayInputStream(new byte[11]));
        when(request.getEntityStream()).thenReturn(body);

        new BodySizeLimitFilter(10).filter(request);

        verify(request, never()).hasEntity();
        verify(body, never()).read();
        verify(body, never()).read(any(byte[].class), anyInt(), anyInt());
        ArgumentCaptor<InputStream> capped = ArgumentCaptor.forClass(InputStream.class);
        verify(request).setEntityStream(capped.capture());
        assertThatThrownBy(capped.getValue()::readAllBytes).isInstanceOf(BodyTooLargeException.class);
    }
}
