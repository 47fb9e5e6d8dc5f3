package com.laca.adapter.rest.problem;

import com.laca.adapter.rest.common.ApplicationMetrics;
import jakarta.enterprise.inject.spi.CDI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts every problem the application answers by its type and status ({@value #PROBLEMS}), whether a resource, an
 * exception mapper or a servlet filter at the edge answered it, so an operator sees why requests are refused
 * (validation, rate limits, expired tokens, conflicts) without reading logs. A metrics failure is logged once and never
 * fails the answer.
 */
public final class ProblemMetrics {

    /** Problems answered, by type (the last segment of the type URI) and status. */
    public static final String PROBLEMS = "laca.http.problems";

    private static final Metadata METADATA = Metadata.builder().withName(PROBLEMS)
            .withDescription("Problem answers by problem type and status: why requests were refused").build();
    private static final Logger LOG = Logger.getLogger(ProblemMetrics.class.getName());
    private static final AtomicBoolean FAILURE_LOGGED = new AtomicBoolean();
    private static volatile MetricRegistry registry;

    private ProblemMetrics() {
    }

    /** Counts one problem answered. */
    public static void count(Problem problem) {
        try {
            MetricRegistry metrics = registry();
            if (metrics != null) {
                metrics.counter(METADATA, new Tag("type", typeName(problem)),
                        new Tag("status", Integer.toString(problem.status()))).inc();
            }
        } catch (RuntimeException e) {
            logOnce(e);
        }
    }

    /** The problem type's last segment ({@code validation} for {@code https://laca.dev/problems/validation}). */
    public static String typeName(Problem problem) {
        String type = problem.type();
        return type == null || type.isEmpty() ? "about:blank" : type.substring(type.lastIndexOf('/') + 1);
    }

    private static MetricRegistry registry() {
        if (registry == null) {
            registry = CDI.current().select(ApplicationMetrics.class).get().registry();
        }
        return registry;
    }

    private static void logOnce(RuntimeException e) {
        if (!FAILURE_LOGGED.getAndSet(true)) {
            LOG.log(Level.WARNING, "Problem metrics not recorded (logged once)", e);
        }
    }
}
