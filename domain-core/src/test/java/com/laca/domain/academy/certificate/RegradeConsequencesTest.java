package com.laca.domain.academy.certificate;

import static com.laca.domain.academy.certificate.Certificates.ISSUED;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.EnrolmentId;
import com.laca.domain.academy.assessment.Attempt;
import com.laca.domain.academy.assessment.Exams;
import com.laca.domain.academy.assessment.Regrade;
import com.laca.domain.academy.assessment.RegradePlan;
import com.laca.domain.academy.course.SampleCourses;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.academy.enrolment.EnrolmentRoute;
import com.laca.domain.academy.enrolment.EnrolmentStatus;
import com.laca.domain.shared.UserId;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A regrade reaches completion and certificates")
class RegradeConsequencesTest {

    private static final UserId ANNA = UserId.random();
    private static final UserId BEN = UserId.random();
    private static final UserId CARA = UserId.random();
    private static final UserId INSTRUCTOR = UserId.random();
    private static final Instant APPLIED = ISSUED.plusSeconds(86_400);
    private static final String WHY = "question 1 corrected: the corrugator is the main target";

    private final Exams exams = new Exams();
    private final SampleCourses sample = new SampleCourses();
    private final List<Attempt> attempts = List.of(exams.finished(ANNA, "b", 2, List.of()),
            exams.finished(BEN, "a", 2, List.of()), exams.finished(CARA, "a", 3, List.of()));
    private final RegradePlan plan = Regrade.dryRun(exams.assessment, attempts, exams.versions(),
            Map.of(exams.corrected.id(), exams.corrected), exams.assessment.scheme());

    private Enrolment completed(UserId learner) {
        return new Enrolment(EnrolmentId.random(), sample.course, learner, EnrolmentRoute.SELF,
                EnrolmentStatus.COMPLETED, ISSUED.minusSeconds(86_400 * 30), Optional.empty(), Optional.of(1),
                Optional.of(ISSUED), Optional.empty(), Optional.empty());
    }

    private Certificate certificate(UserId learner) {
        return new Certificate(CertificateId.random(), new CertificateKey(learner, sample.course, 1, 1), 1,
                VerificationCode.generate(new SecureRandom()), new CertificateSnapshot("Learner", "Foundation "
                + "botulinum toxin", "Demo Clinic Academy", "The CPD Certification Service", "CPD-12345",
                new BigDecimal("6"), new BigDecimal("3.5")), ISSUED, Optional.empty(), List.of());
    }

    @Test
    @DisplayName("Anna loses her pass: her completion is reopened and her certificate suspended, with the reason")
    void losesPass() {
        Certificate annas = certificate(ANNA);

        RegradeImpact impact = RegradeConsequences.of(plan, Map.of(ANNA, completed(ANNA)), Map.of(ANNA, annas),
                RegradeAction.SUSPEND, WHY, INSTRUCTOR, APPLIED);

        assertThat(impact.enrolments()).singleElement().satisfies(enrolment -> {
            assertThat(enrolment.learner()).isEqualTo(ANNA);
            assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        });
        assertThat(impact.certificates()).singleElement().satisfies(certificate -> {
            assertThat(certificate.id()).isEqualTo(annas.id());
            assertThat(certificate.statusAt(APPLIED)).isEqualTo(CertificateStatus.SUSPENDED);
            StatusChange suspension = certificate.suspension().orElseThrow();
            assertThat(suspension.cause()).isEqualTo(StatusCause.REGRADE);
            assertThat(suspension.by()).isEqualTo(INSTRUCTOR);
            assertThat(suspension.reason()).isEqualTo("Regrade: " + WHY + "; result now 40.00 %, not a pass");
        });
    }

    @Test
    @DisplayName("The person applying may revoke instead of suspending")
    void revokeInstead() {
        RegradeImpact impact = RegradeConsequences.of(plan, Map.of(), Map.of(ANNA, certificate(ANNA)),
                RegradeAction.REVOKE, WHY, INSTRUCTOR, APPLIED);

        assertThat(impact.certificates().get(0).statusAt(APPLIED)).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    @DisplayName("Ben gains a pass: he may now complete, and a certificate a regrade had suspended is reinstated")
    void gainsPass() {
        Certificate suspendedByRegrade = ((CertificateResult.Applied) certificate(BEN).suspend("Regrade: earlier",
                INSTRUCTOR, StatusCause.REGRADE, ISSUED)).certificate();

        RegradeImpact impact = RegradeConsequences.of(plan, Map.of(), Map.of(BEN, suspendedByRegrade),
                RegradeAction.SUSPEND, WHY, INSTRUCTOR, APPLIED);

        assertThat(impact.mayNowComplete()).containsExactly(BEN);
        assertThat(impact.certificates()).singleElement()
                .satisfies(certificate -> assertThat(certificate.statusAt(APPLIED)).isEqualTo(CertificateStatus.VALID));
    }

    @Test
    @DisplayName("A suspension a person made stays, even when a regrade restores the pass")
    void staffSuspensionStays() {
        Certificate suspendedByStaff = ((CertificateResult.Applied) certificate(BEN).suspend("Complaint",
                INSTRUCTOR, StatusCause.STAFF_DECISION, ISSUED)).certificate();

        RegradeImpact impact = RegradeConsequences.of(plan, Map.of(), Map.of(BEN, suspendedByStaff),
                RegradeAction.SUSPEND, WHY, INSTRUCTOR, APPLIED);

        assertThat(impact.certificates()).isEmpty();
        assertThat(impact.mayNowComplete()).containsExactly(BEN);
    }

    @Test
    @DisplayName("Cara only changes score: nothing happens to her completion or certificate, and the notes say so")
    void scoreOnly() {
        RegradeImpact impact = RegradeConsequences.of(plan, Map.of(CARA, completed(CARA)),
                Map.of(CARA, certificate(CARA)), RegradeAction.SUSPEND, WHY, INSTRUCTOR, APPLIED);

        assertThat(impact.enrolments()).isEmpty();
        assertThat(impact.certificates()).isEmpty();
        assertThat(impact.notes()).contains(CARA + " changes score only (60.00 %, a pass → 80.00 %, a pass)");
    }
}
