package com.laca.bootstrap.wiring;

import com.laca.adapter.documents.pdf.ItextCertificateRenderer;
import com.laca.adapter.identity.academy.IssuerKeySeal;
import com.laca.adapter.identity.academy.NimbusCredentialSigner;
import com.laca.adapter.persistence.academy.JpaAssessmentRepository;
import com.laca.adapter.persistence.academy.JpaAttemptOverrideRepository;
import com.laca.adapter.persistence.academy.JpaAttemptRepository;
import com.laca.adapter.persistence.academy.JpaCaseLogRepository;
import com.laca.adapter.persistence.academy.JpaCertificateRepository;
import com.laca.adapter.persistence.academy.JpaCourseRepository;
import com.laca.adapter.persistence.academy.JpaEnrolmentRepository;
import com.laca.adapter.persistence.academy.JpaIssuerKeyRepository;
import com.laca.adapter.persistence.academy.JpaLessonCompletionRepository;
import com.laca.adapter.persistence.academy.JpaOsceSittingRepository;
import com.laca.adapter.persistence.academy.JpaQuestionBankRepository;
import com.laca.adapter.persistence.academy.JpaRegistrationRepository;
import com.laca.adapter.persistence.identity.JpaOneTimeTokenRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.application.academy.port.in.CertificateCredentialsQuery;
import com.laca.application.academy.port.in.CertificatesUseCase;
import com.laca.application.academy.port.in.CloseOverdueAttemptsUseCase;
import com.laca.application.academy.port.in.GradeAssessmentsUseCase;
import com.laca.application.academy.port.in.LearnerProfileQuery;
import com.laca.application.academy.port.in.LearningUseCase;
import com.laca.application.academy.port.in.LogPracticeUseCase;
import com.laca.application.academy.port.in.ManageAssessmentsUseCase;
import com.laca.application.academy.port.in.ManageCoursesUseCase;
import com.laca.application.academy.port.in.ManageEnrolmentsUseCase;
import com.laca.application.academy.port.in.ManageRegistrationsUseCase;
import com.laca.application.academy.port.in.ManageTraineesUseCase;
import com.laca.application.academy.port.in.OverrideAttemptsUseCase;
import com.laca.application.academy.port.in.SupervisePracticeUseCase;
import com.laca.application.academy.port.in.TakeAssessmentUseCase;
import com.laca.application.academy.port.in.VerifyCertificateQuery;
import com.laca.application.academy.port.out.AcademyDirectory;
import com.laca.application.academy.port.out.AssessmentRepository;
import com.laca.application.academy.port.out.AttemptRepository;
import com.laca.application.academy.port.out.CaseLogRepository;
import com.laca.application.academy.port.out.CertificateRepository;
import com.laca.application.academy.port.out.CourseRepository;
import com.laca.application.academy.port.out.EnrolmentRepository;
import com.laca.application.academy.port.out.LessonCompletionRepository;
import com.laca.application.academy.port.out.OsceSittingRepository;
import com.laca.application.academy.port.out.RegistrationRepository;
import com.laca.application.academy.service.AssessmentService;
import com.laca.application.academy.service.CertificateCredentials;
import com.laca.application.academy.service.CertificateService;
import com.laca.application.academy.service.CourseService;
import com.laca.application.academy.service.EnrolmentService;
import com.laca.application.academy.service.PracticeService;
import com.laca.application.academy.service.TraineeService;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.identity.service.StaffNotifications;
import com.laca.application.notification.port.in.EnqueueNotificationUseCase;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.in.FindTenantQuery;
import com.laca.application.tenancy.port.out.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The academy area: trainee accounts over identity's stores (a trainee signs in like staff, with a STUDENT role),
 * courses, enrolments, lesson completions, certificates (codes from a SecureRandom), registrations, case logs and OSCE
 * sittings over JPA, the clinic's name and zone from tenancy through {@link TenancyAcademyDirectory}, each clinic's
 * own credential-signing key (sealed under {@code laca.academy.issuer-kek}, kept apart from the token key), and the
 * academy's services; never booking or payment.
 */
@ApplicationScoped
public class AcademyWiring {

    private TraineeService trainees;
    private CourseService courses;
    private EnrolmentService enrolments;
    private CertificateService certificates;
    private AssessmentService assessments;
    private PracticeService practice;
    private CertificateCredentials credentials;

    AcademyWiring() {
        // for the CDI proxy
    }

    @Inject
    AcademyWiring(CurrentEntityManager current, JpaPersistence persistence, TransactionRunner tx,
                  StaffAccountRepository accounts, Clock clock,
                  TenantRepository tenants, FindTenantQuery findTenant,
                  @ConfigProperty(name = "laca.auth.one-time-token-hours") int oneTimeHours,
                  EnqueueNotificationUseCase enqueue,
                  @ConfigProperty(name = "laca.public.base-url") String publicBaseUrl, Config config) {
        trainees = new TraineeService(tx, accounts, new JpaOneTimeTokenRepository(current),
                Duration.ofHours(oneTimeHours), clock,
                Optional.of(new StaffNotifications(enqueue, tenants, URI.create(publicBaseUrl))));
        CourseRepository courseRepository = new JpaCourseRepository(current);
        courses = new CourseService(tx, courseRepository);
        CertificateRepository certificateRepository = new JpaCertificateRepository(current);
        AcademyDirectory directory = new TenancyAcademyDirectory(tenants, findTenant, URI.create(publicBaseUrl));
        EnrolmentRepository enrolmentRepository = new JpaEnrolmentRepository(current);
        LessonCompletionRepository completionRepository = new JpaLessonCompletionRepository(current);
        AssessmentRepository assessmentRepository = new JpaAssessmentRepository(current);
        AttemptRepository attemptRepository = new JpaAttemptRepository(current);
        CaseLogRepository caseLog = new JpaCaseLogRepository(current);
        OsceSittingRepository sittings = new JpaOsceSittingRepository(current);
        RegistrationRepository registrations = new JpaRegistrationRepository(current);
        SecureRandom random = new SecureRandom();
        enrolments = new EnrolmentService(tx, courseRepository, enrolmentRepository, completionRepository, accounts,
                certificateRepository, directory, random, assessmentRepository, attemptRepository, caseLog, sittings,
                registrations, clock);
        assessments = new AssessmentService(tx, courseRepository, enrolmentRepository, completionRepository,
                new JpaQuestionBankRepository(current), assessmentRepository, attemptRepository, accounts,
                certificateRepository, directory, caseLog, sittings, new JpaAttemptOverrideRepository(current), random,
                clock);
        practice = new PracticeService(tx, courseRepository, enrolmentRepository, completionRepository,
                assessmentRepository, attemptRepository, caseLog, sittings, registrations,
                accounts, certificateRepository, directory, random, clock);
        certificates = new CertificateService(tx, certificateRepository, enrolmentRepository, directory,
                new ItextCertificateRenderer(), random, clock);
        // credentials are signed with each clinic's own key, never the server's token key
        credentials = new CertificateCredentials(tx, certificateRepository, directory, new NimbusCredentialSigner(
                new JpaIssuerKeyRepository(persistence, current),
                IssuerKeySeal.withKey(config.getValue("laca.academy.issuer-kek", String.class)), clock), clock);
    }

    @Produces
    ManageTraineesUseCase manageTrainees() {
        return trainees;
    }

    @Produces
    LearnerProfileQuery learnerProfile() {
        return trainees;
    }

    @Produces
    ManageCoursesUseCase manageCourses() {
        return courses;
    }

    @Produces
    ManageEnrolmentsUseCase manageEnrolments() {
        return enrolments;
    }

    @Produces
    LearningUseCase learning() {
        return enrolments;
    }

    @Produces
    CertificatesUseCase certificates() {
        return certificates;
    }

    @Produces
    VerifyCertificateQuery verifyCertificate() {
        return certificates;
    }

    @Produces
    CertificateCredentialsQuery certificateCredentials() {
        return credentials;
    }

    @Produces
    ManageAssessmentsUseCase manageAssessments() {
        return assessments;
    }

    @Produces
    TakeAssessmentUseCase takeAssessment() {
        return assessments;
    }

    @Produces
    GradeAssessmentsUseCase gradeAssessments() {
        return assessments;
    }

    @Produces
    CloseOverdueAttemptsUseCase closeOverdueAttempts() {
        return assessments;
    }

    @Produces
    LogPracticeUseCase logPractice() {
        return practice;
    }

    @Produces
    SupervisePracticeUseCase supervisePractice() {
        return practice;
    }

    @Produces
    ManageRegistrationsUseCase manageRegistrations() {
        return practice;
    }

    @Produces
    OverrideAttemptsUseCase overrideAttempts() {
        return assessments;
    }
}
