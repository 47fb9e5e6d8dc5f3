package com.laca.bootstrap.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Drains before the server stops. SIGTERM is taken over while the application runs, because once Payara's own stop
 * has begun its web container holds new requests (health included) and loses log lines: at SIGTERM readiness turns
 * DOWN, new requests are still served for {@code laca.shutdown.pre-stop-seconds} while the load balancer notices, then
 * refused, the requests in flight get up to {@code laca.shutdown.drain-seconds} to be answered, and only then is the
 * JVM's own SIGTERM handling (Payara's stop) run. An undeploy, or a stop by another signal, drains when Payara stops
 * the application, without the pre-stop period.
 */
@ApplicationScoped
public class DrainOnShutdown {

    private static final Logger LOG = Logger.getLogger(DrainOnShutdown.class.getName());
    private static final Signal TERM = new Signal("TERM");
    /** The exit status of a process ended by SIGTERM, as the JVM's own handler gives it. */
    private static final int TERMINATED = 128 + 15;

    @Inject
    ShutdownDrain drain;

    @Inject
    @ConfigProperty(name = "laca.shutdown.drain-seconds", defaultValue = "10")
    int drainSeconds;

    @Inject
    @ConfigProperty(name = "laca.shutdown.pre-stop-seconds", defaultValue = "5")
    int preStopSeconds;

    private final AtomicBoolean terminating = new AtomicBoolean();
    private volatile SignalHandler jvmHandler;
    private volatile SignalHandler ours;
    private volatile ClassLoader application;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        application = Thread.currentThread().getContextClassLoader();
        try {
            SignalHandler handler = this::onTerm;
            jvmHandler = Signal.handle(TERM, handler);
            ours = handler;
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            LOG.log(Level.WARNING, "SIGTERM cannot be taken over (e.g. -Xrs): the drain runs when Payara stops the "
                    + "application, without a pre-stop period", e);
        }
    }

    /**
     * SIGTERM: drain with the pre-stop period, then stop as the JVM would have; a second SIGTERM stops at once. The
     * JVM's signal thread has no context class loader, which the application's beans need, so it gets the
     * application's; whatever happens while draining, the stop goes ahead.
     */
    private void onTerm(Signal signal) {
        if (terminating.compareAndSet(false, true)) {
            Thread.currentThread().setContextClassLoader(application);
            try {
                drain(Duration.ofSeconds(Math.max(0, preStopSeconds)), "SIGTERM");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The drain at SIGTERM failed; stopping at once", e);
            }
        }
        SignalHandler next = jvmHandler;
        if (next != null && next != SignalHandler.SIG_DFL && next != SignalHandler.SIG_IGN) {
            next.handle(signal);
        } else {
            System.exit(TERMINATED);
        }
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        SignalHandler handler = ours;
        if (handler != null && jvmHandler != null && !terminating.get()) {
            try {
                Signal.handle(TERM, jvmHandler);
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "SIGTERM handling not given back to the JVM", e);
            }
        }
        if (!drain.refusing()) {
            drain(Duration.ZERO, "the application stopping");
        }
    }

    private void drain(Duration preStop, String cause) {
        int waiting = drain.inFlight();
        LOG.info(() -> "Shutting down (" + cause + "): readiness DOWN, serving new requests for " + preStop.toSeconds()
                + " s more, then draining the requests in flight (" + waiting + " now) for at most " + drainSeconds
                + " s");
        try {
            if (!drain.drain(preStop, Duration.ofSeconds(Math.max(0, drainSeconds)))) {
                LOG.warning(() -> "Drain period over with " + drain.inFlight() + " request(s) still in flight");
            } else {
                LOG.info("Drained: no request in flight");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
