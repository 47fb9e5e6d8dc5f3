package com.laca.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.laca.adapter.rest.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonBodyInterceptorTest {

    private static final String BODY = "{\"registerBody\": \"NMC\", \"number\": \"12A3456E\"}";

    @Test
    @DisplayName("A JSON body that ends before its declared length is a 400 naming both lengths, not a binding failure")
    void bodyShorterThanDeclaredIsRefusedWithBothLengths() {
        ReaderInterceptorContext context = context("", String.valueOf(BODY.length()));

        assertThatThrownBy(() -> new JsonBodyInterceptor().aroundReadFrom(context))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().detail()).contains("ended after 0 of its " + BODY.length() + " declared");
                });
    }

    @Test
    @DisplayName("A whole JSON body goes on to the binder")
    void wholeBodyIsHandedOn() throws Exception {
        ReaderInterceptorContext context = context(BODY, String.valueOf(BODY.length()));

        new JsonBodyInterceptor().aroundReadFrom(context);

        verify(context).proceed();
    }

    private static ReaderInterceptorContext context(String body, String contentLength) {
        ReaderInterceptorContext context = mock(ReaderInterceptorContext.class);
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Content-Length", contentLength);
        when(context.getMediaType()).thenReturn(MediaType.APPLICATION_JSON_TYPE);
        when(context.getType()).thenReturn((Class) RegistrationBody.class);
        when(context.getHeaders()).thenReturn(headers);
        when(context.getInputStream()).thenReturn(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        return context;
    }

    /** Any request record stands for the bound type. */
    private record RegistrationBody(String registerBody, String number) {
    }
}
