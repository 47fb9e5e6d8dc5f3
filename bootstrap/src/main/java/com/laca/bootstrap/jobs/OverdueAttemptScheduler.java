package com.laca.bootstrap.jobs;

import com.laca.application.academy.port.in.CloseOverdueAttemptsUseCase;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.tenancy.Tenant;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the academy's closing job every minute: in each clinic, attempts still open after deadline + grace are
 * finished with the answers saved (TIME_UP), so a grade never waits for a trainee who closed the browser. Answers are
 * refused after the cutoff whether or not the job has run; each finish takes the attempt's row lock, so the job and a
 * late finish from the trainee grade once.
 */
@ApplicationScoped
public class OverdueAttemptScheduler {

    private static final Logger LOG = Logger.getLogger(OverdueAttemptScheduler.class.getName());
    private static final long PERIOD_SECONDS = 60;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    CloseOverdueAttemptsUseCase closing;
    @Inject
    TenantRepository tenants;
    @Inject
    TransactionRunner tx;

    private ScheduledFuture<?> job;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        job = scheduler.scheduleAtFixedRate(this::close, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }

    /** Never lets a failure escape, which would cancel every later run; one clinic's failure does not stop others. */
    private void close() {
        List<Tenant> all;
        try {
            all = tx.asPlatform(() -> Tenants.all(tenants));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "overdue attempts: tenants unreadable ({0})", e.getClass().getName());
            return;
        }
        for (Tenant tenant : all) {
            try {
                int finished = closing.finishOverdue(tenant.id());
                if (finished > 0) {
                    LOG.info(() -> "finished " + finished + " overdue attempt(s)");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing overdue attempts failed ({0}); it runs again in {1} s",
                        new Object[] {e.getClass().getName(), PERIOD_SECONDS});
            }
        }
    }
}
