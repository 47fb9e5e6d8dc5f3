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
 * DOWN and the stop waits up to {@code laca.shutdown.drain-seconds} for the requests in flight to be answered.
 */
@ApplicationScoped
public class DrainOnShutdown {

    private static final Logger LOG = Logger.getLogger(DrainOnShutdown.class.getName());

    @Inject
    ShutdownDrain drain;

    @Inject
    @ConfigProperty(name = "laca.shutdown.drain-seconds", defaultValue = "10")
    int drainSeconds;

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        int waiting = drain.inFlight();
        LOG.info(() -> "Shutting down: readiness DOWN, draining " + waiting + " request(s) in flight for at most "
                + drainSeconds + " s");
        try {
            if (!drain.drain(Duration.ofSeconds(Math.max(0, drainSeconds)))) {
                LOG.warning(() -> "Drain period over with " + drain.inFlight() + " request(s) still in flight");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
