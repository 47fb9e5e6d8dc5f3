package com.laca.adapter.rest.http;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import java.lang.reflect.Field;
import java.util.Map;

/**
 * Gives the status codes Payara's HTTP layer (Grizzly) has no reason phrase for their RFC 9110 / RFC 6585 phrases:
 * Grizzly writes {@code HTTP/1.1 429 CUSTOM} otherwise, which proxies and people reading logs see. The Servlet API
 * can no longer set a phrase, so this reaches the container's own response by reflection; if that ever fails (another
 * container, a changed Payara), the status code is still right and only the phrase stays as the container chose.
 */
final class ReasonPhrases {

    /** The phrases Grizzly 4 lacks, for the codes this application answers with. */
    static final Map<Integer, String> MISSING = Map.of(
            422, "Unprocessable Content",
            428, "Precondition Required",
            429, "Too Many Requests",
            431, "Request Header Fields Too Large");

    private static final System.Logger LOG = System.getLogger(ReasonPhrases.class.getName());
    private static volatile boolean warned;

    private ReasonPhrases() {
    }

    /** Sets the phrase for {@code status} on the container's response, if the container lacks one. */
    static void apply(ServletResponse response, int status) {
        String phrase = MISSING.get(status);
        if (phrase == null) {
            return;
        }
        try {
            Object container = containerResponse(response);
            Object grizzly = container.getClass().getMethod("getCoyoteResponse").invoke(container);
            grizzly.getClass().getMethod("setStatus", int.class, String.class).invoke(grizzly, status, phrase);
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.log(System.Logger.Level.INFO, "cannot set the reason phrase of status {0} on this container "
                        + "({1}); the status code is unaffected", status, e.toString());
            }
        }
    }

    /** Payara's {@code org.apache.catalina.connector.Response} behind the facade and any wrappers. */
    private static Object containerResponse(ServletResponse response) throws ReflectiveOperationException {
        ServletResponse inner = response;
        while (inner instanceof ServletResponseWrapper wrapper) {
            inner = wrapper.getResponse();
        }
        for (Class<?> type = inner.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("response");
                field.setAccessible(true);
                return field.get(inner);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException("response in " + inner.getClass().getName());
    }
}
