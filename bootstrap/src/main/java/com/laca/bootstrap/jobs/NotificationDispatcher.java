package com.laca.bootstrap.jobs;

import com.laca.application.notification.port.in.DispatchNotificationsUseCase;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs this server's outbox dispatcher on the container's managed scheduler every
 * {@code laca.notifications.dispatcher.period-ms}; every server instance runs one, and the claim with a lease keeps
 * them from sending the same message. A round that fills its batch is followed at once by another.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());
    /** Rounds in a row before the scheduler gets the thread back. */
    private static final int MAX_ROUNDS = 20;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DispatchNotificationsUseCase dispatcher;

    @Inject
    @ConfigProperty(name = "laca.notifications.dispatcher.period-ms")
    long periodMillis;

    @Inject
    @ConfigProperty(name = "laca.notifications.dispatcher.batch-size")
    int batchSize;

    private ScheduledFuture<?> job;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        job = scheduler.scheduleWithFixedDelay(this::dispatch, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }

    /** Never lets a failure escape, which would cancel every later run; logs the failure kind only. */
    private void dispatch() {
        try {
            for (int round = 0; round < MAX_ROUNDS && dispatcher.dispatchDue() >= batchSize; round++) {
                LOG.fine("a full batch was dispatched; claiming the next at once");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notification dispatch failed ({0}); it runs again in {1} ms",
                    new Object[] {e.getClass().getName(), periodMillis});
        }
    }
}
