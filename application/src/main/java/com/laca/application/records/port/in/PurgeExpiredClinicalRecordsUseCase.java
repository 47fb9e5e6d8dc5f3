package com.laca.application.records.port.in;

import com.laca.domain.shared.TenantId;
import java.time.ZoneId;

/**
 * Purges, in one clinic, the clinical records whose retention date has passed and that no legal hold protects, run
 * by the system on a schedule, because UK GDPR's storage limitation forbids keeping health data longer than the rule
 * that justified it.
 */
public interface PurgeExpiredClinicalRecordsUseCase {

    /**
     * Purges what is due in the tenant today, in the clinic's time zone {@code zone}; safe to run again any time. It
     * runs a transaction per client and deletes documents after each commits, so it is never called inside one.
     */
    PurgeSummary purgeExpired(TenantId tenant, ZoneId zone);

    /**
     * What one run did, counted in clients, for the job's log line (never who).
     *
     * @param purged        clients whose clinical record was purged
     * @param skipped       clients past retention whose record a legal hold kept, recorded for the first time
     * @param documentsLeft documents (photos, consent PDFs) of purged rows that the store failed to delete: orphan
     *                      files no row points at any more, for an operator to remove
     */
    record PurgeSummary(int purged, int skipped, int documentsLeft) {

        /** True when the run changed nothing and left nothing behind. */
        public boolean isEmpty() {
            return purged == 0 && skipped == 0 && documentsLeft == 0;
        }
    }
}
