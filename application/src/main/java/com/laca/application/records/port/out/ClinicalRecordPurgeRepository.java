package com.laca.application.records.port.out;

import com.laca.domain.records.ClinicalPurgeStep;
import com.laca.domain.shared.ClientId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Deletes clients' clinical records in the current tenant once the retention job has decided they may go, and keeps
 * the job's log of what it purged or left alone; the only way the application deletes a clinical entry, since the
 * record is otherwise append-only. Always called inside {@link com.laca.application.shared.TransactionRunner#inTenant}.
 */
public interface ClinicalRecordPurgeRepository {

    /**
     * The clients with at least one clinical entry (treatment record, clinical or alert note, photo, screening,
     * consent) and none at or after {@code cutoff}: the only ones whose retention can have run out by now.
     */
    List<ClientId> untouchedSince(Instant cutoff);

    /**
     * Locks the client's row until the transaction ends, so two runs at once (two servers, or a run that overlaps the
     * next) never purge or record one client twice: the second one waits, then finds nothing left to purge. Placing or
     * releasing a legal hold takes the same lock, so a purge never misses a hold committed while it runs. Other
     * transactions may still insert rows that point at the client (a booking, a note) while the lock is held.
     *
     * @return the client this one has been merged into, as the locked row says once the lock is held (a merge that
     *         committed while this waited included, even if this transaction read the client before as its own
     *         record); empty while it is its own record
     */
    Optional<ClientId> lock(ClientId client);

    /**
     * Deletes every clinical entry of the clients: treatment records with their corrections and products, clinical
     * and alert notes, photos' descriptions, screenings with the prescriber decisions on them, and consents.
     *
     * @return how many entries of each part went, and the documents (photos, consent PDFs) whose bytes the caller
     *         must now delete from the document store
     */
    PurgedRecord purge(Collection<ClientId> clients);

    /** Appends a step to the job's log, which is never changed or deleted. */
    void record(ClinicalPurgeStep step);

    /** The job's log for one client, oldest first. */
    List<ClinicalPurgeStep> stepsOf(ClientId client);
}
