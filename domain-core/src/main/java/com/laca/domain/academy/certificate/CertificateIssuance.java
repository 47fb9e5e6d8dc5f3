package com.laca.domain.academy.certificate;

import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.course.CompletionReport;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Issues a certificate once per key, only to a learner who completed the course version: eligibility and
 * idempotency in one pure rule, so every path that issues (completion, a retried request, a staff action) agrees.
 */
public final class CertificateIssuance {

    private CertificateIssuance() {
    }

    /**
     * Issues, returns the certificate already issued under the key, or says what is missing.
     *
     * @param existing the certificate already stored under {@code key} (latest revision), if any
     * @param report   the learner's completion of the key's course version
     * @param validity how long the certificate is valid, if it expires; counted in the academy's time zone
     * @param code     a fresh {@link VerificationCode#generate verification code}
     */
    public static IssueResult issue(CertificateId id, CertificateKey key, Optional<Certificate> existing,
                                    CompletionReport report, CertificateSnapshot snapshot, Optional<Period> validity,
                                    ZoneId zone, VerificationCode code, Instant now) {
        if (existing.isPresent()) {
            if (!existing.get().key().equals(key)) {
                throw new IllegalArgumentException("the existing certificate has another key");
            }
            return new IssueResult.AlreadyIssued(existing.get());
        }
        if (report.version() != key.courseVersion()) {
            throw new IllegalArgumentException("the completion report is for version " + report.version()
                    + ", the certificate for version " + key.courseVersion());
        }
        if (!report.complete()) {
            return new IssueResult.NotEligible(report.unmet());
        }
        Optional<Instant> expiresAt = validity.map(period -> now.atZone(zone).plus(period).toInstant());
        return new IssueResult.Issued(new Certificate(id, key, 1, code, snapshot, now, expiresAt, List.of()));
    }
}
