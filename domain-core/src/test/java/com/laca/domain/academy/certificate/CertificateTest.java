package com.laca.domain.academy.certificate;

import static com.laca.domain.academy.certificate.Certificates.ISSUED;
import static com.laca.domain.academy.certificate.Certificates.LONDON;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.course.CompletionCriterion;
import com.laca.domain.academy.course.CompletionReport;
import com.laca.domain.academy.course.SampleCourses;
import com.laca.domain.academy.course.UnmetCriterion;
import com.laca.domain.academy.grading.OverallGrade;
import com.laca.domain.academy.grading.Score;
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.Cases;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.OsceRecord;
import com.laca.domain.academy.practice.PracticeResult;
import com.laca.domain.shared.UserId;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Certificates: issued once, snapshotted, and valid, expired, suspended or revoked")
class CertificateTest {

    private static final UserId LEARNER = UserId.random();
    private static final UserId ADMIN = UserId.random();
    private static final Instant LATER = ISSUED.plusSeconds(86_400);

    private final SampleCourses sample = new SampleCourses();

    private CompletionReport complete() {
        List<CaseLogEntry> cases = List.of(
                Cases.signedOff(LEARNER, sample.course, Modality.OBSERVED, sample.practice),
                Cases.signedOff(LEARNER, sample.course, Modality.OBSERVED, sample.practice),
                Cases.signedOff(LEARNER, sample.course, Modality.PERFORMED_UNDER_SUPERVISION, sample.practice),
                Cases.signedOff(LEARNER, sample.course, Modality.PERFORMED_UNDER_SUPERVISION, sample.practice));
        OsceRecord station = ((PracticeResult.Applied<OsceRecord>) OsceRecord.none(sample.consent, LEARNER)
                .record(true, ADMIN, Instant.EPOCH, Optional.empty())).value();
        Set<LessonId> lessons = Set.of(sample.video.id(), sample.reading.id(), sample.live.id(),
                sample.practical.id());
        return CompletionReport.evaluate(sample.version1(), LEARNER, lessons,
                new OverallGrade.Decided(Score.parse("80.00"), true, List.of()), cases, List.of(station));
    }

    private static Certificate applied(CertificateResult result) {
        assertThat(result).isInstanceOf(CertificateResult.Applied.class);
        return ((CertificateResult.Applied) result).certificate();
    }

    private static CertificateRefusal refusal(CertificateResult result) {
        assertThat(result).isInstanceOf(CertificateResult.Refused.class);
        return ((CertificateResult.Refused) result).reason();
    }

    @Nested
    @DisplayName("Issuing")
    class Issuing {

        @Test
        @DisplayName("snapshots the name, course, issuer, accreditation and hours, and expires two years on")
        void snapshot() {
            Certificate certificate = Certificates.issued(sample, LEARNER, complete());

            assertThat(certificate.snapshot()).isEqualTo(new CertificateSnapshot("Dr Amira Khan",
                    "Foundation botulinum toxin", "Demo Clinic Academy", "The CPD Certification Service",
                    "CPD-12345", new BigDecimal("6"), new BigDecimal("3.5")));
            assertThat(certificate.expiresAt()).contains(ZonedDateTime.of(2028, 7, 1, 13, 0, 0, 0, LONDON)
                    .toInstant());
            assertThat(certificate.statusAt(ISSUED)).isEqualTo(CertificateStatus.VALID);
            assertThat(certificate.key().idempotencyKey()).isEqualTo("certificate:" + LEARNER + ":" + sample.course
                    + ":v1:c1");
        }

        @Test
        @DisplayName("issuing again under the same key returns the first certificate and issues nothing")
        void idempotent() {
            Certificate first = Certificates.issued(sample, LEARNER, complete());

            IssueResult again = CertificateIssuance.issue(CertificateId.random(), first.key(), Optional.of(first),
                    complete(), first.snapshot(), Optional.empty(), LONDON,
                    VerificationCode.generate(new SecureRandom()), LATER);

            assertThat(again).isEqualTo(new IssueResult.AlreadyIssued(first));
        }

        @Test
        @DisplayName("recertification after expiry is a new award cycle, so it is a new certificate, not the old one")
        void recertification() {
            Certificate first = Certificates.issued(sample, LEARNER, complete());
            CertificateKey next = first.key().nextCycle(1);

            IssueResult renewed = CertificateIssuance.issue(CertificateId.random(), next, Optional.empty(), complete(),
                    first.snapshot(), Optional.empty(), LONDON, VerificationCode.generate(new SecureRandom()),
                    first.expiresAt().orElseThrow());

            assertThat(next.awardCycle()).isEqualTo(2);
            assertThat(next.idempotencyKey()).isNotEqualTo(first.key().idempotencyKey());
            assertThat(renewed).isInstanceOf(IssueResult.Issued.class);
        }

        @Test
        @DisplayName("a learner who has not completed the version gets no certificate, but the list of what is missing")
        void notEligible() {
            CompletionReport incomplete = CompletionReport.evaluate(sample.version1(), LEARNER, Set.of(),
                    new OverallGrade.Awaiting(List.of(AttemptId.random()), Optional.empty()), List.of(), List.of());

            IssueResult result = CertificateIssuance.issue(CertificateId.random(),
                    new CertificateKey(LEARNER, sample.course, 1, 1), Optional.empty(), incomplete,
                    CertificateSnapshot.of("Dr Amira Khan", "Foundation botulinum toxin", "Demo Clinic Academy",
                            sample.cpd), Optional.empty(), LONDON, VerificationCode.generate(new SecureRandom()),
                    ISSUED);

            assertThat(result).isInstanceOfSatisfying(IssueResult.NotEligible.class, notEligible ->
                    assertThat(notEligible.missing()).extracting(UnmetCriterion::criterion).contains(
                            CompletionCriterion.LESSONS, CompletionCriterion.THEORY));
        }
    }

    @Nested
    @DisplayName("Status")
    class Status {

        private final Certificate certificate = Certificates.issued(sample, LEARNER, complete());

        @Test
        @DisplayName("valid until its expiry, expired from the expiry instant on")
        void expiry() {
            Instant expiry = certificate.expiresAt().orElseThrow();

            assertThat(certificate.statusAt(expiry.minusSeconds(1))).isEqualTo(CertificateStatus.VALID);
            assertThat(certificate.statusAt(expiry)).isEqualTo(CertificateStatus.EXPIRED);
        }

        @Test
        @DisplayName("suspended, then reinstated: valid again, with both steps kept in the history")
        void suspendAndReinstate() {
            Certificate suspended = applied(certificate.suspend("Complaint under investigation", ADMIN,
                    StatusCause.STAFF_DECISION, LATER));
            Certificate reinstated = applied(suspended.reinstate("Investigation closed", ADMIN,
                    StatusCause.STAFF_DECISION, LATER.plusSeconds(60)));

            assertThat(suspended.statusAt(LATER)).isEqualTo(CertificateStatus.SUSPENDED);
            assertThat(suspended.statusAt(LATER.minusSeconds(1))).as("before the suspension it was valid")
                    .isEqualTo(CertificateStatus.VALID);
            assertThat(reinstated.statusAt(LATER.plusSeconds(60))).isEqualTo(CertificateStatus.VALID);
            assertThat(reinstated.history()).extracting(StatusChange::action).containsExactly(
                    StatusChange.Action.SUSPENDED, StatusChange.Action.REINSTATED);
        }

        @Test
        @DisplayName("revoked: for good, with its date and reason kept; nothing is deleted and nothing follows")
        void revoke() {
            Certificate revoked = applied(certificate.revoke("Registration erased by the GMC", ADMIN,
                    StatusCause.STAFF_DECISION, LATER));

            assertThat(revoked.statusAt(LATER)).isEqualTo(CertificateStatus.REVOKED);
            assertThat(revoked.revocation()).get().satisfies(change -> {
                assertThat(change.at()).isEqualTo(LATER);
                assertThat(change.reason()).isEqualTo("Registration erased by the GMC");
            });
            assertThat(revoked.snapshot()).isEqualTo(certificate.snapshot());
            assertThat(refusal(revoked.revoke("again", ADMIN, StatusCause.STAFF_DECISION, LATER)))
                    .isEqualTo(CertificateRefusal.ALREADY_REVOKED);
            assertThat(refusal(revoked.suspend("x", ADMIN, StatusCause.STAFF_DECISION, LATER)))
                    .isEqualTo(CertificateRefusal.ALREADY_REVOKED);
            assertThat(refusal(revoked.reinstate("x", ADMIN, StatusCause.STAFF_DECISION, LATER)))
                    .isEqualTo(CertificateRefusal.ALREADY_REVOKED);
        }

        @Test
        @DisplayName("a suspended certificate can still be revoked; an expired one can be suspended")
        void combinations() {
            Certificate suspended = applied(certificate.suspend("Review", ADMIN, StatusCause.STAFF_DECISION, LATER));
            Instant afterExpiry = certificate.expiresAt().orElseThrow().plusSeconds(1);

            assertThat(applied(suspended.revoke("Upheld", ADMIN, StatusCause.STAFF_DECISION, LATER)).statusAt(LATER))
                    .isEqualTo(CertificateStatus.REVOKED);
            assertThat(applied(certificate.suspend("Review", ADMIN, StatusCause.STAFF_DECISION, afterExpiry))
                    .statusAt(afterExpiry)).isEqualTo(CertificateStatus.SUSPENDED);
        }

        @Test
        @DisplayName("only a suspended certificate is reinstated, and a regrade never lifts a suspension a person made")
        void reinstateRules() {
            Certificate suspended = applied(certificate.suspend("Review", ADMIN, StatusCause.STAFF_DECISION, LATER));

            assertThat(refusal(certificate.reinstate("x", ADMIN, StatusCause.STAFF_DECISION, LATER)))
                    .isEqualTo(CertificateRefusal.NOT_SUSPENDED);
            assertThat(refusal(suspended.reinstate("Regrade", ADMIN, StatusCause.REGRADE, LATER)))
                    .isEqualTo(CertificateRefusal.SUSPENDED_BY_STAFF);
            assertThat(refusal(suspended.suspend("again", ADMIN, StatusCause.STAFF_DECISION, LATER)))
                    .isEqualTo(CertificateRefusal.ALREADY_SUSPENDED);
        }

        @Test
        @DisplayName("a reissue (corrected name) supersedes the original and keeps key, award date and expiry")
        void reissue() {
            VerificationCode newCode = VerificationCode.generate(new SecureRandom());

            ReissueResult result = certificate.reissue(CertificateId.random(),
                    certificate.snapshot().withLearnerName("Dr Amira Khan-Patel"), newCode, ADMIN, LATER);

            assertThat(result).isInstanceOfSatisfying(ReissueResult.Reissued.class, reissued -> {
                assertThat(reissued.original().statusAt(LATER)).isEqualTo(CertificateStatus.SUPERSEDED);
                assertThat(reissued.original().statusAt(LATER.minusSeconds(1))).isEqualTo(CertificateStatus.VALID);
                assertThat(reissued.original().revocation().orElseThrow().cause()).isEqualTo(StatusCause.REISSUE);
                assertThat(reissued.original().revocation().orElseThrow().reason()).contains(newCode.display());
                assertThat(reissued.replacement().key()).isEqualTo(certificate.key());
                assertThat(reissued.replacement().revision()).isEqualTo(2);
                assertThat(reissued.replacement().issuedAt()).isEqualTo(certificate.issuedAt());
                assertThat(reissued.replacement().statusAt(LATER)).isEqualTo(CertificateStatus.VALID);
            });
            Certificate superseded = ((ReissueResult.Reissued) result).original();
            assertThat(superseded.reissue(CertificateId.random(), superseded.snapshot(), newCode, ADMIN, LATER))
                    .isInstanceOfSatisfying(ReissueResult.Refused.class, refused ->
                            assertThat(refused.reason()).isEqualTo(CertificateRefusal.ALREADY_REVOKED));
        }

        @Test
        @DisplayName("a suspended certificate is not reissued: the fresh copy would be valid")
        void suspendedIsNotReissued() {
            Certificate suspended = ((CertificateResult.Applied) certificate.suspend("Regrade", ADMIN,
                    StatusCause.REGRADE, LATER)).certificate();

            assertThat(suspended.reissue(CertificateId.random(), suspended.snapshot(),
                    VerificationCode.generate(new SecureRandom()), ADMIN, LATER.plusSeconds(1)))
                    .isInstanceOfSatisfying(ReissueResult.Refused.class, refused ->
                            assertThat(refused.reason()).isEqualTo(CertificateRefusal.ALREADY_SUSPENDED));
        }
    }
}
