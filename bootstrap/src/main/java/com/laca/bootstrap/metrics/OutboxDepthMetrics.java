package com.laca.bootstrap.metrics;

import com.laca.application.notification.port.in.ReadOutboxDepthUseCase;
import com.laca.domain.notification.OutboxDepth;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.notification.MessageKindCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Publishes the outbox's depth as gauges {@code laca_notifications_outbox_messages{kind, state}} with state
 * {@code queued} (not yet final), {@code due} (should be going now) and {@code dead} (waiting for an admin), one per
 * kind of the catalogue and {@code unknown}; a scrape counts the outbox at most every five seconds, in one query.
 */
@ApplicationScoped
public class OutboxDepthMetrics {

    /** The gauges' name. */
    public static final String NAME = "laca.notifications.outbox.messages";

    private static final Logger LOG = Logger.getLogger(OutboxDepthMetrics.class.getName());
    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final Metadata METADATA = Metadata.builder().withName(NAME)
            .withDescription("Notification outbox messages per kind: queued (not yet final), due (should be "
                    + "going now), dead (dead letters)").build();

    @Inject
    MetricRegistry registry;
    @Inject
    ReadOutboxDepthUseCase outbox;

    private volatile Map<String, OutboxDepth> snapshot = Map.of();
    private volatile long takenAt;
    private volatile boolean taken;

    void register(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Set<String> kinds = new LinkedHashSet<>();
        MessageKindCatalogue.standard().all().stream().map(MessageKind::code).forEach(kinds::add);
        kinds.add("unknown");
        for (String kind : kinds) {
            gauge(kind, "queued", OutboxDepth::queued);
            gauge(kind, "due", OutboxDepth::due);
            gauge(kind, "dead", OutboxDepth::dead);
        }
    }

    private void gauge(String kind, String state, ToLongFunction<OutboxDepth> count) {
        registry.gauge(METADATA, this, metrics -> metrics.count(kind, count), new Tag("kind", kind),
                new Tag("state", state));
    }

    private long count(String kind, ToLongFunction<OutboxDepth> count) {
        OutboxDepth depth = current().get(kind);
        return depth == null ? 0 : count.applyAsLong(depth);
    }

    /** The last count if it is fresh, else a new one; a failed count keeps the last (and says so in the log). */
    private synchronized Map<String, OutboxDepth> current() {
        long now = System.nanoTime();
        if (!taken || now - takenAt > FRESH_NANOS) {
            try {
                snapshot = outbox.depth().stream().collect(Collectors.toMap(OutboxDepth::kind, depth -> depth));
            } catch (RuntimeException e) {
                LOG.warning(() -> "the outbox could not be counted for the metrics: " + e.getClass().getName());
            }
            takenAt = now;
            taken = true;
        }
        return snapshot;
    }
}
