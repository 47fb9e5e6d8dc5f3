package com.laca.adapter.rest.http;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Has Payara build the API description in the background as soon as the server answers its first request (at start-up,
 * the readiness probe), because Payara builds it lazily and the first {@code GET /openapi} would otherwise wait 8-60 s.
 */
public class ApiDescriptionWarmUp implements ServletRequestListener {

    private static final Logger LOG = Logger.getLogger(ApiDescriptionWarmUp.class.getName());
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (STARTED.get() || !STARTED.compareAndSet(false, true)) {
            return;
        }
        int port = event.getServletRequest().getLocalPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/openapi"))
                .timeout(Duration.ofMinutes(5)).build();
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.WARNING, "The API description could not be built ahead: {0}",
                                failure.getClass().getSimpleName());
                    } else {
                        LOG.log(Level.FINE, "API description built ahead: {0}", response.statusCode());
                    }
                });
    }
}
