package com.laca.application.academy.port.out;

import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateKey;
import com.laca.domain.academy.certificate.StatusChange;
import com.laca.domain.academy.certificate.VerificationCode;
import com.laca.domain.shared.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Stores the current tenant's certificates and their status histories; a certificate is written once (unique per
 * key and revision, and per verification code, so concurrent completions issue one) and its history only grows.
 */
public interface CertificateRepository {

    /** Stores a new certificate; {@link com.laca.application.shared.ConflictException} if its key or code is taken. */
    void insert(Certificate certificate);

    /**
     * Appends one status change at the position after the history the caller read ({@code position}, counted from
     * 0); {@link com.laca.application.shared.ConflictException} if that position is taken, so of two changes made at
     * once from the same history only one is kept. Never rewrites earlier changes.
     */
    void appendStatus(CertificateId certificate, int position, StatusChange change);

    Optional<Certificate> find(CertificateId id);

    /** The latest revision stored under the key, if any. */
    Optional<Certificate> latestByKey(CertificateKey key);

    Optional<Certificate> findByCode(VerificationCode code);

    List<Certificate> listByLearner(UserId learner);
}
