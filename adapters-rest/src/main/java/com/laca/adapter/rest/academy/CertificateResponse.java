package com.laca.adapter.rest.academy;

import com.laca.application.academy.port.in.CertificateView;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateSnapshot;
import com.laca.domain.academy.certificate.CertificateStatus;
import com.laca.domain.academy.certificate.StatusChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A certificate as printed (the snapshot taken at issue), its code grouped for reading, and its status now with the
 * date and reason of a suspension or revocation (and, when superseded, the replacing code); the same facts the public
 * check shows.
 */
@Schema(name = "Certificate")
public record CertificateResponse(
        String id,
        String code,
        String learnerName,
        String courseTitle,
        int courseVersion,
        String issuer,
        String accreditingBody,
        String accreditationNumber,
        BigDecimal cpdHours,
        BigDecimal participatoryHours,
        Instant issuedAt,
        Instant expiresAt,
        @Schema(enumeration = {"VALID", "EXPIRED", "SUSPENDED", "REVOKED", "SUPERSEDED"}) String status,
        Instant statusSince,
        String statusReason,
        @Schema(description = "For a superseded certificate: the code of the reissued certificate that replaced it")
        String supersededBy) {

    static CertificateResponse from(CertificateView view) {
        Certificate certificate = view.certificate();
        CertificateSnapshot snapshot = certificate.snapshot();
        StatusChange latest = certificate.history().isEmpty() ? null
                : certificate.history().get(certificate.history().size() - 1);
        boolean explained = latest != null
                && ((view.status() == CertificateStatus.REVOKED || view.status() == CertificateStatus.SUPERSEDED)
                && latest.action() == StatusChange.Action.REVOKED
                || view.status() == CertificateStatus.SUSPENDED && latest.action() == StatusChange.Action.SUSPENDED);
        return new CertificateResponse(certificate.id().toString(), certificate.code().display(),
                snapshot.learnerName(), snapshot.courseTitle(), certificate.key().courseVersion(), snapshot.issuer(),
                snapshot.accreditingBody(), snapshot.accreditationNumber(), snapshot.cpdHours(),
                snapshot.participatoryHours(), certificate.issuedAt(), certificate.expiresAt().orElse(null),
                view.status().name(), explained ? latest.at() : null, explained ? latest.reason() : null,
                view.supersededBy().map(code -> code.display()).orElse(null));
    }

    /** A list of certificates. */
    @Schema(name = "CertificateList")
    public record CertificateList(List<CertificateResponse> items) {
    }
}
