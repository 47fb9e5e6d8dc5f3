package com.laca.application.records.service;

import com.laca.application.consent.port.out.DocumentKey;
import com.laca.application.consent.port.out.DocumentStore;
import com.laca.application.records.port.in.PurgeExpiredClinicalRecordsUseCase;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClinicalRecordPurgeRepository;
import com.laca.application.records.port.out.ErasureRequestRepository;
import com.laca.application.records.port.out.LegalHoldRepository;
import com.laca.application.records.port.out.PurgedRecord;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClinicalPurgeStep;
import com.laca.domain.records.ClinicalRecordRetention;
import com.laca.domain.records.ErasureRequest;
import com.laca.domain.records.ErasureStep;
import com.laca.domain.records.LegalHold;
import com.laca.domain.records.PurgeDecision;
import com.laca.domain.records.RecordHoldings;
import com.laca.domain.records.RecordPart;
import com.laca.domain.records.RetentionPeriod;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The retention job for one clinic: finds the clients whose clinical record may have outlived its retention date,
 * derives that date from the record as it stands (never a stored or typed date), and for each client in its own
 * transaction either purges the clinical record and records each part purged, or records once that a legal hold kept
 * it. The surviving record's client row is locked before its entries and legal holds are read, so a second run, at
 * the same time or after a crash, finds nothing left to purge and records nothing twice, and a hold placed meanwhile
 * (placing one takes the same lock) is never missed. The survivor is found before the lock, so a merge of it into
 * another client that commits while the job waits for the lock leaves the job holding a stale profile; the lock
 * reports that merge and the job then leaves the client alone: its entries now belong to the survivor's record, judged
 * as a whole when the job comes to that survivor, later in this run or in the next. Documents go from the store only after their rows' deletion has committed.
 *
 * <p>Kept: identity, contact details, appointment history and edit history (also kept for accounting and the
 * recall contact), the access audit and the erasure requests (they show who read the record and what was done with
 * it, UK GDPR Art. 5(2), and hold no clinical content), and this job's own log.
 */
public final class PurgeExpiredClinicalRecordsService implements PurgeExpiredClinicalRecordsUseCase {

    /**
     * A day's margin on the shortest retention (8 years after the last entry, dated as late as any zone dates it):
     * clients with an entry after the cutoff cannot be due today, so they are not even read.
     */
    private static final int CUTOFF_MARGIN_DAYS = 2;

    private final TransactionRunner tx;
    private final ClientProfileRepository profiles;
    private final RecordHoldingsReader holdings;
    private final LegalHoldRepository holds;
    private final ErasureRequestRepository erasures;
    private final ClinicalRecordPurgeRepository purges;
    private final DocumentStore documents;
    private final Clock clock;

    public PurgeExpiredClinicalRecordsService(TransactionRunner tx, ClientProfileRepository profiles,
                                              RecordHoldingsReader holdings, LegalHoldRepository holds,
                                              ErasureRequestRepository erasures, ClinicalRecordPurgeRepository purges,
                                              DocumentStore documents, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.holdings = Objects.requireNonNull(holdings, "holdings");
        this.holds = Objects.requireNonNull(holds, "holds");
        this.erasures = Objects.requireNonNull(erasures, "erasures");
        this.purges = Objects.requireNonNull(purges, "purges");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One client's failure does not stop the others; the first is rethrown at the end, the rest suppressed in it. */
    @Override
    public PurgeSummary purgeExpired(TenantId tenant, ZoneId zone) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant cutoff = today.minusYears(ClinicalRecordRetention.ADULT_YEARS).plusDays(CUTOFF_MARGIN_DAYS)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        List<ClientId> candidates = tx.inTenant(tenant, () -> purges.untouchedSince(cutoff));
        Set<ClientId> seen = new HashSet<>();
        int purged = 0;
        int skipped = 0;
        int documentsLeft = 0;
        RuntimeException firstFailure = null;
        for (ClientId candidate : candidates) {
            try {
                Result result = tx.inTenant(tenant, () -> purgeIfDue(candidate, seen, today, now));
                purged += result.outcome() == Outcome.PURGED ? 1 : 0;
                skipped += result.outcome() == Outcome.SKIPPED ? 1 : 0;
                documentsLeft += deleteCommitted(result.documents());
            } catch (RuntimeException e) {
                if (firstFailure == null) {
                    firstFailure = e;
                } else {
                    firstFailure.addSuppressed(e);
                }
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return new PurgeSummary(purged, skipped, documentsLeft);
    }

    /**
     * Deletes the documents of rows whose deletion has committed, never before: a rollback must not leave rows
     * pointing at deleted files. A document whose delete fails (or a crash before it) stays in the store with no row
     * pointing at it; it holds no reachable data and is only counted, since the next run finds no row to name it.
     *
     * @return how many documents could not be deleted
     */
    private int deleteCommitted(List<DocumentKey> committed) {
        int left = 0;
        for (DocumentKey key : committed) {
            try {
                documents.delete(key);
            } catch (RuntimeException e) {
                left++;
            }
        }
        return left;
    }

    private Result purgeIfDue(ClientId candidate, Set<ClientId> seen, LocalDate today, Instant now) {
        Optional<ClientProfile> survivor = FindClientsService.survivorOf(profiles, candidate);
        if (survivor.isEmpty() || !seen.add(survivor.get().id())) {
            return Result.NONE;
        }
        ClientProfile profile = survivor.get();
        if (purges.lock(profile.id()).isPresent()) {
            return Result.NONE;
        }
        List<ClientId> ids = holdings.withMerged(profile.id());
        RecordHoldings held = holdings.holdings(profile, ids);
        if (held.clinical().isEmpty()) {
            return Result.NONE;
        }
        RetentionPeriod period = ClinicalRecordRetention.periodFor(held.clinical().get());
        List<LegalHold> standing = ids.stream().flatMap(id -> holds.of(id).stream()).toList();
        PurgeDecision decision = period.decide(standing, today);
        if (decision instanceof PurgeDecision.Purgeable purgeable) {
            return new Result(Outcome.PURGED, purge(profile.id(), ids, purgeable, now));
        }
        if (decision instanceof PurgeDecision.Held onHold && !onHold.purgeableFrom().isAfter(today)
                && !alreadySkipped(profile.id(), onHold)) {
            purges.record(ClinicalPurgeStep.skipped(profile.id(), onHold, period.basis(), now));
            return new Result(Outcome.SKIPPED, List.of());
        }
        return Result.NONE;
    }

    private boolean alreadySkipped(ClientId client, PurgeDecision.Held decision) {
        List<ClinicalPurgeStep> steps = purges.stepsOf(client);
        return !steps.isEmpty() && steps.get(steps.size() - 1).skippedFor(decision);
    }

    /**
     * Rows deleted, each part recorded, any erasure request's retained steps completed.
     *
     * @return the documents of the deleted rows, to delete from the store once the transaction has committed
     */
    private List<DocumentKey> purge(ClientId client, List<ClientId> ids, PurgeDecision.Purgeable decision,
                                    Instant now) {
        PurgedRecord purged = purges.purge(ids);
        purged.entries().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(part ->
                purges.record(ClinicalPurgeStep.purged(client, part.getKey(), part.getValue(), decision, now)));
        for (ClientId id : ids) {
            for (ErasureRequest request : erasures.ofClient(id)) {
                completeRetainedSteps(request, decision, now);
            }
        }
        return purged.documents();
    }

    private void completeRetainedSteps(ErasureRequest request, PurgeDecision decision, Instant now) {
        ErasureRequest updated = request;
        for (ErasureStep step : request.steps()) {
            if (RecordPart.PURGED_AFTER_RETENTION.contains(step.part()) && !step.isDone()
                    && step.disposition() == ErasureStep.Disposition.RETAIN) {
                updated = updated.recordPurged(step.part(), decision, now);
            }
        }
        if (!updated.equals(request)) {
            erasures.recordDone(updated);
        }
    }

    /** What happened to one candidate. */
    private enum Outcome {
        PURGED,
        SKIPPED,
        NONE
    }

    /** One candidate's outcome with the documents its committed purge leaves to delete. */
    private record Result(Outcome outcome, List<DocumentKey> documents) {
        static final Result NONE = new Result(Outcome.NONE, List.of());
    }
}
