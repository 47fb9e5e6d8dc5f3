package com.laca.adapter.rest.common;

import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.ProblemMetrics;
import com.laca.adapter.rest.problem.RefusalProblem;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Application metrics at the REST edge, where every request passes: a timer per operation and status class
 * ({@value #REQUESTS}), bookings made or refused with the refusal's reason ({@value #BOOKINGS}), payment webhook
 * outcomes ({@value #WEBHOOKS}) and every problem answered by its type ({@link ProblemMetrics}), published by MicroProfile Metrics under {@code /metrics?scope=application}. A metrics
 * failure is logged and never fails the request.
 */
@Provider
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    /** Requests per operation (its operationId) and status class, with their durations. */
    public static final String REQUESTS = "laca.http.requests";
    /** Booking attempts by outcome (made, refused) and reason. */
    public static final String BOOKINGS = "laca.bookings";
    /** Payment processor webhooks by outcome (the HTTP status answered). */
    public static final String WEBHOOKS = "laca.payments.webhooks";

    /** The timer's metadata: its unit, so the Prometheus exporter writes seconds as the {@code _seconds} name says. */
    static final Metadata REQUESTS_METADATA = Metadata.builder().withName(REQUESTS)
            .withDescription("API requests per operationId and status class, and their durations")
            .withUnit(MetricUnits.NANOSECONDS).build();

    private static final Logger LOG = Logger.getLogger(RequestMetrics.class.getName());
    private static final AtomicBoolean FAILURE_LOGGED = new AtomicBoolean();
    private static final String STARTED = RequestMetrics.class.getName() + ".started";
    private static final Set<String> BOOKING_OPERATIONS = Set.of("bookOnline", "bookAppointmentForClient");
    private static final String WEBHOOK_OPERATION = "receiveStripeWebhook";

    @Context
    ResourceInfo resource;

    private volatile MetricRegistry registry;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            record(request, response);
        } catch (RuntimeException e) {
            if (!FAILURE_LOGGED.getAndSet(true)) {
                LOG.log(Level.WARNING, "Request metrics not recorded (logged once)", e);
            }
        }
    }

    private void record(ContainerRequestContext request, ContainerResponseContext response) {
        MetricRegistry metrics = registry();
        if (metrics == null) {
            return;
        }
        String operation = operationOf(resource == null ? null : resource.getResourceMethod());
        int status = response.getStatus();
        if (response.getEntity() instanceof Problem problem) {
            ProblemMetrics.count(problem);
        }
        if (request.getProperty(STARTED) instanceof Long started) {
            metrics.timer(REQUESTS_METADATA, new Tag("operation", operation), new Tag("status", status / 100 + "xx"))
                    .update(Duration.ofNanos(System.nanoTime() - started));
        }
        if (BOOKING_OPERATIONS.contains(operation)) {
            boolean made = status == 201;
            metrics.counter(BOOKINGS, new Tag("outcome", made ? "made" : "refused"),
                    new Tag("reason", made ? "none" : reasonOf(response.getEntity(), status))).inc();
        } else if (WEBHOOK_OPERATION.equals(operation)) {
            metrics.counter(WEBHOOKS, new Tag("outcome", Integer.toString(status))).inc();
        }
    }

    /** The refusal's reason when it has one, else the problem type's last segment, else the status. */
    static String reasonOf(Object entity, int status) {
        if (entity instanceof RefusalProblem refusal && refusal.reason() != null) {
            return refusal.reason();
        }
        if (entity instanceof Problem problem && problem.type() != null) {
            return ProblemMetrics.typeName(problem);
        }
        return Integer.toString(status);
    }

    static String operationOf(Method method) {
        if (method == null) {
            return "unmatched";
        }
        Operation operation = method.getAnnotation(Operation.class);
        return operation != null && !operation.operationId().isEmpty() ? operation.operationId()
                : method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    private MetricRegistry registry() {
        if (registry == null) {
            try {
                registry = CDI.current().select(ApplicationMetrics.class).get().registry();
            } catch (RuntimeException e) {
                if (!FAILURE_LOGGED.getAndSet(true)) {
                    LOG.log(Level.WARNING, "No metric registry; request metrics are off (logged once)", e);
                }
            }
        }
        return registry;
    }
}
