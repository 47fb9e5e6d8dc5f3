package com.laca.domain.academy.cpd;

import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateSnapshot;
import com.laca.domain.academy.certificate.CertificateStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives a learner's CPD log entries from a certificate, so the hours exported are the hours the certificate
 * awarded (its snapshot), split into participatory and self-directed learning as the NMC counts them.
 */
public final class CpdRecord {

    private CpdRecord() {
    }

    /**
     * The entries for one certificate: one participatory line for its participatory hours and one online line for the
     * rest (each only if it has hours). A suspended or revoked certificate gives none: it cannot evidence CPD; nor does
     * a superseded one (its replacement does, so the hours count once); an expired one still does, for the learning
     * happened.
     *
     * @param startedAt when the learner started the course (their enrolment)
     * @param zone      the academy's time zone, for the dates
     * @param evidence  the certificate's public verification address
     */
    public static List<CpdRecordEntry> forCertificate(Certificate certificate, Instant startedAt, ZoneId zone,
                                                      URI evidence, Instant now) {
        CertificateStatus status = certificate.statusAt(now);
        if (status == CertificateStatus.SUSPENDED || status == CertificateStatus.REVOKED
                || status == CertificateStatus.SUPERSEDED) {
            return List.of();
        }
        CertificateSnapshot snapshot = certificate.snapshot();
        LocalDate from = LocalDate.ofInstant(startedAt, zone);
        LocalDate to = LocalDate.ofInstant(certificate.issuedAt(), zone);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the course cannot have started after the certificate was issued");
        }
        BigDecimal participatory = snapshot.participatoryHours();
        BigDecimal selfDirected = snapshot.cpdHours().subtract(participatory);
        List<CpdRecordEntry> entries = new ArrayList<>(2);
        if (participatory.signum() > 0) {
            entries.add(new CpdRecordEntry(CpdMethod.COURSE_ATTENDANCE, snapshot.courseTitle(), from, to,
                    participatory, true, evidence));
        }
        if (selfDirected.signum() > 0) {
            entries.add(new CpdRecordEntry(CpdMethod.ONLINE_LEARNING, snapshot.courseTitle(), from, to, selfDirected,
                    false, evidence));
        }
        return List.copyOf(entries);
    }
}
