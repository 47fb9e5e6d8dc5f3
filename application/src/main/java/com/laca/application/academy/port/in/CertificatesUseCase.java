package com.laca.application.academy.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.certificate.CertificateResult;
import com.laca.domain.academy.certificate.ReissueResult;
import com.laca.domain.academy.cpd.CpdRecordEntry;
import java.util.List;
import java.util.Optional;

/**
 * Certificates for staff (view with COURSES_VIEW; suspend, reinstate, revoke and reissue with CERTIFICATES_REVOKE: a status
 * change is appended, nothing is deleted) and for the trainee (their own, with LEARN).
 */
public interface CertificatesUseCase {

    CertificateView get(Caller caller, CertificateId id);

    CertificateResult suspend(Caller caller, CertificateId id, String reason);

    CertificateResult reinstate(Caller caller, CertificateId id, String reason);

    CertificateResult revoke(Caller caller, CertificateId id, String reason);

    /**
     * Replaces a certificate with a copy under a new code (CERTIFICATES_REVOKE), optionally with a corrected learner
     * name: the original is superseded (revoked as replaced), the copy keeps the award and expiry dates.
     */
    ReissueResult reissue(Caller caller, CertificateId id, Optional<String> correctedName);

    /** The caller's own certificates. */
    List<CertificateView> mine(Caller caller);

    /**
     * The caller's CPD record (as NMC revalidation asks: method, topic, dates, hours, participatory or not, evidence)
     * from their valid or expired certificates; the evidence is the public check's address relative to the API root.
     */
    List<CpdRecordEntry> myCpdRecord(Caller caller);

    /** A certificate as a PDF, for staff (COURSES_VIEW): name and CPD hours as snapshotted at issue. */
    byte[] pdf(Caller caller, CertificateId id);

    /** One of the caller's own certificates as a PDF. */
    byte[] myPdf(Caller caller, CertificateId id);
}
