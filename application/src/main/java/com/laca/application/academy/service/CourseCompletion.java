package com.laca.application.academy.service;

import com.laca.application.academy.port.out.AcademyDirectory;
import com.laca.application.academy.port.out.AssessmentRepository;
import com.laca.application.academy.port.out.AttemptRepository;
import com.laca.application.academy.port.out.CaseLogRepository;
import com.laca.application.academy.port.out.CertificateRepository;
import com.laca.application.academy.port.out.CourseRepository;
import com.laca.application.academy.port.out.EnrolmentRepository;
import com.laca.application.academy.port.out.LessonCompletionRepository;
import com.laca.application.academy.port.out.OsceSittingRepository;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.assessment.Attempt;
import com.laca.domain.academy.assessment.CourseAssessment;
import com.laca.domain.academy.certificate.CertificateIssuance;
import com.laca.domain.academy.certificate.CertificateKey;
import com.laca.domain.academy.certificate.CertificateSnapshot;
import com.laca.domain.academy.certificate.IssueResult;
import com.laca.domain.academy.certificate.VerificationCode;
import com.laca.domain.academy.course.CompletionReport;
import com.laca.domain.academy.course.CourseVersion;
import com.laca.domain.academy.course.LessonCompletion;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.academy.enrolment.EnrolmentResult;
import com.laca.domain.academy.enrolment.EnrolmentStatus;
import com.laca.domain.academy.grading.AttemptOutcome;
import com.laca.domain.academy.grading.OverallGrade;
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.OsceRecord;
import com.laca.domain.academy.practice.OsceStation;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Completes an enrolment when everything its course version requires is done (lessons, the theory assessment's
 * overall result under its grading method, signed-off cases and OSCE stations) and issues the certificate in the same
 * transaction, whichever event came last: a lesson, a finished attempt, a marked essay, a regrade, a sign-off or a
 * passed sitting.
 */
final class CourseCompletion {

    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final LessonCompletionRepository completions;
    private final AssessmentRepository assessments;
    private final AttemptRepository attempts;
    private final StaffAccountRepository accounts;
    private final CertificateRepository certificates;
    private final AcademyDirectory directory;
    private final CaseLogRepository caseLog;
    private final OsceSittingRepository sittings;
    private final SecureRandom random;

    CourseCompletion(CourseRepository courses, EnrolmentRepository enrolments, LessonCompletionRepository completions,
                     AssessmentRepository assessments, AttemptRepository attempts, StaffAccountRepository accounts,
                     CertificateRepository certificates, AcademyDirectory directory, CaseLogRepository caseLog,
                     OsceSittingRepository sittings, SecureRandom random) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.completions = completions;
        this.assessments = assessments;
        this.attempts = attempts;
        this.accounts = accounts;
        this.certificates = certificates;
        this.directory = directory;
        this.caseLog = caseLog;
        this.sittings = sittings;
        this.random = random;
    }

    /**
     * Completes the (locked) enrolment if it is active and its current course version is complete, and issues the
     * certificate; answers whether it completed now.
     */
    boolean completeIfDone(TenantId tenant, Enrolment enrolment, Instant now) {
        if (enrolment.statusAt(now) != EnrolmentStatus.ACTIVE) {
            return false;
        }
        Optional<CourseVersion> current = courses.currentVersion(enrolment.course());
        if (current.isEmpty()) {
            return false;
        }
        CourseVersion version = current.get();
        CompletionReport report = CompletionReport.evaluate(version, enrolment.learner(), completedLessons(enrolment),
                theory(version, enrolment.learner()), cases(enrolment), osce(version, enrolment.learner()));
        if (report.complete() && enrolment.complete(report, now) instanceof EnrolmentResult.Applied completed) {
            enrolments.update(completed.enrolment());
            issueCertificate(tenant, completed.enrolment(), version, report, now);
            return true;
        }
        return false;
    }

    /** The learner's overall result in the version's theory assessment (not attempted if it has none). */
    OverallGrade theory(CourseVersion version, UserId learner) {
        Optional<AssessmentId> theory = version.requirements().theory();
        if (theory.isEmpty()) {
            return new OverallGrade.NotAttempted();
        }
        return assessments.find(theory.get()).map(found -> overall(found, learner))
                .orElse(new OverallGrade.NotAttempted());
    }

    /** The learner's overall result in the assessment under its grading method. */
    OverallGrade overall(CourseAssessment assessment, UserId learner) {
        List<AttemptOutcome> outcomes = attempts.listByLearner(assessment.assessment().id(), learner).stream()
                .map(Attempt::outcome).flatMap(Optional::stream).toList();
        return assessment.assessment().gradingMethod().combine(outcomes,
                assessment.assessment().scheme().passMark());
    }

    /** The learner's logged cases on the enrolment's course. */
    List<CaseLogEntry> cases(Enrolment enrolment) {
        return caseLog.listFor(enrolment.course(), enrolment.learner());
    }

    /** The learner's record at every OSCE station the version lists. */
    List<OsceRecord> osce(CourseVersion version, UserId learner) {
        return version.requirements().stations().stream().map(station -> record(version, station, learner)).toList();
    }

    /** The learner's sittings of one station of the version. */
    OsceRecord record(CourseVersion version, OsceStation station, UserId learner) {
        return new OsceRecord(station, learner, sittings.listFor(version.course(), station.id(), learner));
    }

    Set<LessonId> completedLessons(Enrolment enrolment) {
        return completions.listFor(enrolment.course(), enrolment.learner()).stream().map(LessonCompletion::lesson)
                .collect(Collectors.toSet());
    }

    /**
     * Issues the certificate of a completed enrolment once per learner, course version and award cycle (the first
     * award is cycle 1): the snapshot copies the learner's name and the version's CPD facts as they are now.
     */
    private void issueCertificate(TenantId tenant, Enrolment completed, CourseVersion version,
                                  CompletionReport report, Instant now) {
        CertificateKey key = new CertificateKey(completed.learner(), completed.course(), version.number(), 1);
        String learnerName = accounts.findById(completed.learner()).map(StaffAccount::displayName)
                .orElseThrow(() -> new NotFoundException("trainee", completed.learner()));
        AcademyDirectory.AcademyProfile academy = directory.profile(tenant);
        String title = courses.find(completed.course()).orElseThrow(
                () -> new NotFoundException("course", completed.course())).title();
        IssueResult result = CertificateIssuance.issue(CertificateId.random(), key, certificates.latestByKey(key),
                report, CertificateSnapshot.of(learnerName, title, academy.name(), version.cpd()),
                version.certificateValidity(), academy.zone(), VerificationCode.generate(random), now);
        if (result instanceof IssueResult.Issued issued) {
            certificates.insert(issued.certificate());
        }
    }
}
