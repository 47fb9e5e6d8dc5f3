package com.laca.adapter.rest.common;

import jakarta.ws.rs.core.HttpHeaders;
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
            requireDeclaredLength(context, body.length);
            if (body.length > 0) {
                JsonBodyCheck.check(body);
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    /**
     * A body that ends before its declared {@code Content-Length} was cut short on its way (the connection ended or the
     * read gave up), which is not the client's JSON being wrong: the answer says so, with both lengths.
     */
    private static void requireDeclaredLength(ReaderInterceptorContext context, int read) {
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || context.getHeaders().containsKey(HttpHeaders.CONTENT_ENCODING)) {
            return;
        }
        try {
            long length = Long.parseLong(declared.trim());
            if (read < length) {
                throw JsonBodyCheck.malformed("The request body ended after " + read
                        + " of its " + length + " declared bytes; send the whole request again.");
            }
        } catch (NumberFormatException unreadable) {
            // the container has already refused a Content-Length it cannot read
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }
}
