package com.laca.bootstrap.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the drain when the application is being stopped (SIGTERM reaches Payara, or an undeploy): readiness turns
 * DOWN, new requests are still served for {@code laca.shutdown.pre-stop-seconds} while the load balancer notices, then
 * refused, and the stop waits up to {@code laca.shutdown.drain-seconds} for the requests in flight to be answered.
 */
@ApplicationScoped
public class DrainOnShutdown {

    private static final Logger LOG = Logger.getLogger(DrainOnShutdown.class.getName());

    @Inject
    ShutdownDrain drain;

    @Inject
    @ConfigProperty(name = "laca.shutdown.drain-seconds", defaultValue = "10")
    int drainSeconds;

    @Inject
    @ConfigProperty(name = "laca.shutdown.pre-stop-seconds", defaultValue = "5")
    int preStopSeconds;

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        int waiting = drain.inFlight();
        LOG.info(() -> "Shutting down: readiness DOWN, serving new requests for " + preStopSeconds + " s more, then "
                + "draining the requests in flight (" + waiting + " now) for at most " + drainSeconds + " s");
        try {
            if (!drain.drain(Duration.ofSeconds(Math.max(0, preStopSeconds)),
                    Duration.ofSeconds(Math.max(0, drainSeconds)))) {
                LOG.warning(() -> "Drain period over with " + drain.inFlight() + " request(s) still in flight");
            } else {
                LOG.info("Drained: no request in flight");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
