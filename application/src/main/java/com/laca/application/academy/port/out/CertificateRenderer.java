package com.laca.application.academy.port.out;

import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateStatus;
import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Renders a certificate as a document a trainee can download and show; a port so the PDF library (and its licence)
 * can be replaced in one adapter. Everything printed comes from the certificate's snapshot taken at issue.
 */
public interface CertificateRenderer {

    /** What is printed: the certificate, its status now, the academy's zone for dates, the public check. */
    record CertificateDocument(Certificate certificate, CertificateStatus status, ZoneId zone, URI verifyAt) {

        public CertificateDocument {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(verifyAt, "verifyAt");
        }
    }

    /** The document's bytes (a PDF). */
    byte[] render(CertificateDocument document);
}
