package com.laca.bootstrap.jobs;

import com.laca.application.booking.port.in.ExpireHoldsUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the hold-expiry job every minute on the container's managed scheduler, so calendars and reports show lapsed
 * holds as expired; bookings never wait for it, since a lapsed hold frees its slot by itself. Every server instance
 * runs it; the job is idempotent, so running it twice at once costs a version conflict at worst.
 */
@ApplicationScoped
public class HoldExpiryScheduler {

    private static final Logger LOG = Logger.getLogger(HoldExpiryScheduler.class.getName());
    private static final long PERIOD_SECONDS = 60;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ExpireHoldsUseCase expireHolds;

    private ScheduledFuture<?> job;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        job = scheduler.scheduleAtFixedRate(this::expire, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }

    /** Never lets a failure escape, which would cancel every later run; logs no client data, only the failure kind. */
    private void expire() {
        try {
            int expired = expireHolds.expireLapsedHolds();
            if (expired > 0) {
                LOG.info(() -> "expired " + expired + " lapsed hold(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "hold expiry failed ({0}); it runs again in {1} s",
                    new Object[] {e.getClass().getName(), PERIOD_SECONDS});
        }
    }
}
