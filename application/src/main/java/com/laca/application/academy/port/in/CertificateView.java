package com.laca.application.academy.port.in;

import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateStatus;

/** A certificate with its status now (valid, expired, suspended or revoked), derived from its history. */
public record CertificateView(Certificate certificate, CertificateStatus status) {
}
