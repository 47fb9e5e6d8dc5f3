package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateKey;
import com.laca.domain.academy.certificate.CertificateSnapshot;
import com.laca.domain.academy.certificate.StatusChange;
import com.laca.domain.academy.certificate.VerificationCode;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A row of {@code academy_certificates}: key, code and snapshot as issued; never updated. */
@Entity
@Table(name = "academy_certificates")
class CertificateJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "learner_id")
    private String learnerId;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "course_version")
    private int courseVersion;
    @Column(name = "award_cycle")
    private int awardCycle;
    @Column(name = "revision")
    private int revision;
    @Column(name = "code")
    private String code;
    @Column(name = "learner_name")
    private String learnerName;
    @Column(name = "course_title")
    private String courseTitle;
    @Column(name = "issuer")
    private String issuer;
    @Column(name = "accrediting_body")
    private String accreditingBody;
    @Column(name = "accreditation_number")
    private String accreditationNumber;
    @Column(name = "cpd_hours")
    private BigDecimal cpdHours;
    @Column(name = "participatory_hours")
    private BigDecimal participatoryHours;
    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    protected CertificateJpaEntity() {
    }

    CertificateJpaEntity(Certificate certificate) {
        id = certificate.id().toString();
        CertificateKey key = certificate.key();
        learnerId = key.learner().toString();
        courseId = key.course().toString();
        courseVersion = key.courseVersion();
        awardCycle = key.awardCycle();
        revision = certificate.revision();
        code = certificate.code().value();
        CertificateSnapshot snapshot = certificate.snapshot();
        learnerName = snapshot.learnerName();
        courseTitle = snapshot.courseTitle();
        issuer = snapshot.issuer();
        accreditingBody = snapshot.accreditingBody();
        accreditationNumber = snapshot.accreditationNumber();
        cpdHours = snapshot.cpdHours();
        participatoryHours = snapshot.participatoryHours();
        issuedAt = Columns.timestamp(certificate.issuedAt());
        expiresAt = certificate.expiresAt().map(Columns::timestamp).orElse(null);
    }

    String id() {
        return id;
    }

    Certificate toDomain(List<StatusChange> history) {
        return new Certificate(CertificateId.parse(id), new CertificateKey(UserId.parse(learnerId),
                CourseId.parse(courseId), courseVersion, awardCycle), revision, new VerificationCode(code),
                new CertificateSnapshot(learnerName, courseTitle, issuer, accreditingBody, accreditationNumber,
                        cpdHours.stripTrailingZeros(), participatoryHours.stripTrailingZeros()),
                Columns.instant(issuedAt), Optional.ofNullable(expiresAt).map(Columns::instant), history);
    }
}
