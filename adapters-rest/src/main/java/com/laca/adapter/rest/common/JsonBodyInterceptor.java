package com.laca.adapter.rest.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;
import java.util.Set;

/**
 * Gives JSON-B only bodies that {@link JsonBodyCheck} has read to the end, so a truncated body is a 400 at once and
 * never reaches the parser's endless skip. The body is read whole from the capped stream of
 * {@link BodySizeLimitFilter}, so it is never more than the configured limit; raw bodies (the Stripe webhook reads
 * bytes to check their signature) pass untouched.
 */
@Provider
public class JsonBodyInterceptor implements ReaderInterceptor {

    private static final Set<Class<?>> RAW_TYPES = Set.of(byte[].class, String.class, InputStream.class,
            Reader.class);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isJson(context.getMediaType()) && !RAW_TYPES.contains(context.getType())) {
            byte[] body = context.getInputStream().readAllBytes();
            if (body.length > 0) {
                JsonBodyCheck.check(body);
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }
}
