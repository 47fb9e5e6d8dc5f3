package com.laca.domain.academy.certificate;

import com.laca.domain.academy.CertificateId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An issued certificate: its key, verification code, snapshot, dates and status history. Immutable; a status change
 * appends to the history and returns a new value, so a revoked certificate stays on record with its date and reason.
 * Issue it with {@link CertificateIssuance}; the canonical constructor reloads a stored one.
 *
 * @param revision  1 when first issued; a reissue (e.g. a corrected name) counts up under the same key
 * @param issuedAt  when the award was made (kept by a reissue)
 * @param expiresAt when it stops being valid, if it does
 * @param history   status changes in the order they happened
 */
public record Certificate(CertificateId id, CertificateKey key, int revision, VerificationCode code,
                          CertificateSnapshot snapshot, Instant issuedAt, Optional<Instant> expiresAt,
                          List<StatusChange> history) {

    public Certificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        history = List.copyOf(history);
        if (revision < 1) {
            throw new IllegalArgumentException("revisions count from 1");
        }
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(issuedAt)) {
            throw new IllegalArgumentException("a certificate must expire after it is issued");
        }
        boolean revoked = false;
        for (StatusChange change : history) {
            if (revoked) {
                throw new IllegalArgumentException("nothing can follow a revocation");
            }
            revoked = change.action() == StatusChange.Action.REVOKED;
        }
    }

    /**
     * The status at {@code now}: revoked (superseded when a reissue revoked it) if revoked by then; else suspended if the latest suspension by then is not
     * lifted; else expired from its expiry on; else valid.
     */
    public CertificateStatus statusAt(Instant now) {
        Optional<StatusChange> latest = history.stream().filter(change -> !change.at().isAfter(now))
                .reduce((first, second) -> second);
        if (latest.isPresent() && latest.get().action() == StatusChange.Action.REVOKED) {
            return latest.get().cause() == StatusCause.REISSUE ? CertificateStatus.SUPERSEDED
                    : CertificateStatus.REVOKED;
        }
        if (latest.isPresent() && latest.get().action() == StatusChange.Action.SUSPENDED) {
            return CertificateStatus.SUSPENDED;
        }
        if (expiresAt.isPresent() && !now.isBefore(expiresAt.get())) {
            return CertificateStatus.EXPIRED;
        }
        return CertificateStatus.VALID;
    }

    /** The revocation, if it has been revoked: its date and reason are shown on the verify page. */
    public Optional<StatusChange> revocation() {
        return history.stream().filter(change -> change.action() == StatusChange.Action.REVOKED).findFirst();
    }

    /** The suspension in force, if it is suspended now. */
    public Optional<StatusChange> suspension() {
        if (history.isEmpty() || history.get(history.size() - 1).action() != StatusChange.Action.SUSPENDED) {
            return Optional.empty();
        }
        return Optional.of(history.get(history.size() - 1));
    }

    /** Stops it being relied on until reinstated: refused if revoked or already suspended. */
    public CertificateResult suspend(String reason, UserId by, StatusCause cause, Instant now) {
        Optional<CertificateResult> refused = refuseIfRevoked();
        if (refused.isPresent()) {
            return refused.get();
        }
        if (suspension().isPresent()) {
            return new CertificateResult.Refused(CertificateRefusal.ALREADY_SUSPENDED, "suspended since "
                    + suspension().get().at() + ": " + suspension().get().reason());
        }
        return append(new StatusChange(StatusChange.Action.SUSPENDED, now, by, cause, reason));
    }

    /** Lifts a suspension: refused unless suspended, and a regrade cannot lift a suspension a person made. */
    public CertificateResult reinstate(String reason, UserId by, StatusCause cause, Instant now) {
        Optional<CertificateResult> refused = refuseIfRevoked();
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<StatusChange> suspended = suspension();
        if (suspended.isEmpty()) {
            return new CertificateResult.Refused(CertificateRefusal.NOT_SUSPENDED, "the certificate is not suspended");
        }
        if (cause != StatusCause.STAFF_DECISION && suspended.get().cause() == StatusCause.STAFF_DECISION) {
            return new CertificateResult.Refused(CertificateRefusal.SUSPENDED_BY_STAFF,
                    "a person suspended it: " + suspended.get().reason());
        }
        return append(new StatusChange(StatusChange.Action.REINSTATED, now, by, cause, reason));
    }

    /** Withdraws it for good; the record, its date and reason stay. Refused if already revoked. */
    public CertificateResult revoke(String reason, UserId by, StatusCause cause, Instant now) {
        Optional<CertificateResult> refused = refuseIfRevoked();
        return refused.orElseGet(() -> append(new StatusChange(StatusChange.Action.REVOKED, now, by, cause, reason)));
    }

    /**
     * Replaces it with a corrected copy (e.g. the learner's name was misspelt): this one is revoked as "replaced by"
     * the new code, and the new one keeps the key, award date and expiry with the next revision.
     *
     * @return the revoked original first, then the replacement; or the refusal if this one is revoked already or
     *         suspended (a fresh copy of a suspended certificate would be valid)
     */
    public ReissueResult reissue(CertificateId newId, CertificateSnapshot corrected, VerificationCode newCode,
                                 UserId by, Instant now) {
        if (suspension().isPresent()) {
            return new ReissueResult.Refused(CertificateRefusal.ALREADY_SUSPENDED, "a suspended certificate is not "
                    + "reissued (the copy would be valid): reinstate it first, or revoke it");
        }
        Certificate replacement = new Certificate(newId, key, revision + 1, newCode, corrected, issuedAt, expiresAt,
                List.of());
        CertificateResult revoked = revoke("replaced by certificate " + newCode.display(), by, StatusCause.REISSUE,
                now);
        if (revoked instanceof CertificateResult.Refused refusal) {
            return new ReissueResult.Refused(refusal.reason(), refusal.message());
        }
        return new ReissueResult.Reissued(((CertificateResult.Applied) revoked).certificate(), replacement);
    }

    private Optional<CertificateResult> refuseIfRevoked() {
        return revocation().map(revoked -> new CertificateResult.Refused(CertificateRefusal.ALREADY_REVOKED,
                "revoked on " + revoked.at() + ": " + revoked.reason()));
    }

    private CertificateResult append(StatusChange change) {
        List<StatusChange> updated = new ArrayList<>(history);
        updated.add(change);
        return new CertificateResult.Applied(new Certificate(id, key, revision, code, snapshot, issuedAt, expiresAt,
                updated));
    }
}
