package com.laca.bootstrap.jobs;

import com.laca.application.records.port.in.PurgeExpiredClinicalRecordsUseCase;
import com.laca.application.records.port.in.PurgeExpiredClinicalRecordsUseCase.PurgeSummary;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.tenancy.Tenant;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the clinical-record retention job in every clinic on the container's managed scheduler, daily by default
 * ({@code laca.records.purge.*}), so health data is not kept past the date its retention rule allows. Every server
 * instance may run it: each client's entries and legal holds are read only once its row lock is held, and the lock
 * reports a merge that committed while the job waited for it, so two runs at once purge and record each client once.
 * The log names counts and, on a failure, the tenant, never a client.
 */
@ApplicationScoped
public class ClinicalRecordPurgeScheduler {

    private static final Logger LOG = Logger.getLogger(ClinicalRecordPurgeScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PurgeExpiredClinicalRecordsUseCase purge;
    @Inject
    TenantRepository tenants;
    @Inject
    TransactionRunner tx;

    @Inject
    @ConfigProperty(name = "laca.records.purge.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "laca.records.purge.first-delay-minutes", defaultValue = "10")
    long firstDelayMinutes;
    @Inject
    @ConfigProperty(name = "laca.records.purge.period-hours", defaultValue = "24")
    long periodHours;

    private ScheduledFuture<?> job;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (!enabled) {
            LOG.info("the clinical-record retention job is disabled (laca.records.purge.enabled=false)");
            return;
        }
        job = scheduler.scheduleWithFixedDelay(this::purgeAll, TimeUnit.MINUTES.toMillis(firstDelayMinutes),
                TimeUnit.HOURS.toMillis(periodHours), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }

    /** Never lets a failure escape, which would cancel every later run; one clinic's failure does not stop others. */
    private void purgeAll() {
        List<Tenant> all;
        try {
            all = tx.asPlatform(() -> Tenants.all(tenants));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "clinical-record purge: tenants unreadable ({0})", e.getClass().getName());
            return;
        }
        for (Tenant tenant : all) {
            try {
                PurgeSummary summary = purge.purgeExpired(tenant.id(), tenant.zone());
                if (!summary.isEmpty()) {
                    LOG.info(() -> "clinical-record purge: " + summary.purged() + " record(s) purged, "
                            + summary.skipped() + " kept under a legal hold");
                }
                if (summary.documentsLeft() > 0) {
                    LOG.log(Level.WARNING, "clinical-record purge in tenant {0}: {1} document(s) of purged records"
                            + " could not be deleted from the store and are left there with no record pointing at them",
                            new Object[] {tenant.id(), summary.documentsLeft()});
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "clinical-record purge failed in tenant {0} ({1}); it runs again in {2} h",
                        new Object[] {tenant.id(), e.getClass().getName(), periodHours});
            }
        }
    }
}
