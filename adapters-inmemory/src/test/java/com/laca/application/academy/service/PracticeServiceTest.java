package com.laca.application.academy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.inmemory.academy.InMemoryAcademy;
import com.laca.application.academy.port.in.CourseDraft;
import com.laca.application.academy.port.in.LogCaseCommand;
import com.laca.application.academy.port.in.PracticalRecord;
import com.laca.application.academy.port.in.RecordSittingCommand;
import com.laca.application.academy.port.in.VersionDraft;
import com.laca.application.academy.port.out.AcademyDirectory;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.ModuleId;
import com.laca.domain.academy.OsceStationId;
import com.laca.domain.academy.Profession;
import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.academy.access.AccessRule;
import com.laca.domain.academy.course.CompletionRequirements;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseLevel;
import com.laca.domain.academy.course.CourseModule;
import com.laca.domain.academy.course.CpdFacts;
import com.laca.domain.academy.course.Lesson;
import com.laca.domain.academy.course.LessonContent;
import com.laca.domain.academy.enrolment.EnrolmentRefusal;
import com.laca.domain.academy.enrolment.EnrolmentResult;
import com.laca.domain.academy.enrolment.EnrolmentStatus;
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.CaseStatus;
import com.laca.domain.academy.practice.Checklist;
import com.laca.domain.academy.practice.ChecklistItem;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.OsceRecord;
import com.laca.domain.academy.practice.OsceStation;
import com.laca.domain.academy.practice.OsceStatus;
import com.laca.domain.academy.practice.PatientReference;
import com.laca.domain.academy.practice.PracticalRequirement;
import com.laca.domain.academy.practice.PracticeRefusal;
import com.laca.domain.academy.practice.PracticeResult;
import com.laca.domain.academy.practice.SignOffDecision;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Practice: trainees log cases, verified supervisors sign them off, examiners record OSCE sittings")
class PracticeServiceTest {

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final InMemoryAcademy academy = new InMemoryAcademy(ports.tx());
    private final AssessmentServiceTest.MovableClock clock =
            new AssessmentServiceTest.MovableClock(Instant.parse("2026-11-30T09:00:00Z"));
    private final TenantId tenant = TenantId.random();
    private final AcademyDirectory directory = new AcademyDirectory() {
        @Override
        public AcademyProfile profile(TenantId id) {
            return new AcademyProfile("Glow Academy", ZoneId.of("Europe/London"));
        }

        @Override
        public Optional<TenantId> activeBySlug(String slug) {
            return Optional.of(tenant);
        }
    };
    private final CourseService courses = new CourseService(ports.tx(), academy.courses());
    private final EnrolmentService enrolments = new EnrolmentService(ports.tx(), academy.courses(),
            academy.enrolments(), academy.lessonCompletions(), ports.staffAccounts(), academy.certificates(),
            directory, new SecureRandom(), academy.assessments(), academy.attempts(), academy.caseLog(),
            academy.sittings(), academy.registrations(), clock);
    private final PracticeService practice = new PracticeService(ports.tx(), academy.courses(),
            academy.enrolments(), academy.lessonCompletions(), academy.assessments(), academy.attempts(),
            academy.caseLog(), academy.sittings(), academy.registrations(), ports.staffAccounts(),
            academy.certificates(), directory, new SecureRandom(), clock);
    private final CertificateService certificates = new CertificateService(ports.tx(), academy.certificates(),
            academy.enrolments(), directory, document -> new byte[] {'%', 'P', 'D', 'F'}, new SecureRandom(),
            clock);
    private final UserId supervisorId = UserId.random();
    private final Caller supervisor = new Caller(supervisorId, tenant, Set.of(Role.INSTRUCTOR));
    private final Caller manager = new Caller(UserId.random(), tenant, Set.of(Role.MANAGER));
    private final UserId traineeId = UserId.random();
    private final Caller trainee = new Caller(traineeId, tenant, Set.of(Role.STUDENT));
    private final LessonId reading = LessonId.random();
    private final OsceStation station = new OsceStation(OsceStationId.random(), "Consultation and consent", 2);

    PracticeServiceTest() {
        ports.tx().inTenant(tenant, () -> {
            ports.tenants().insert(new Tenant(tenant, new TenantSlug("glow-academy"), "Glow",
                    ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0));
            ports.staffAccounts().insert(new StaffAccount(traineeId, tenant, new EmailAddress("t@glow.test"),
                    "Nurse Ada Carter", Set.of(Role.STUDENT), "hash", true));
            ports.staffAccounts().insert(new StaffAccount(supervisorId, tenant, new EmailAddress("s@glow.test"),
                    "Dr Sam Lee", Set.of(Role.INSTRUCTOR), "hash", true));
            return null;
        });
    }

    private CourseId enrolledCourse() {
        Course course = courses.create(supervisor, new CourseDraft("Foundation botulinum toxin", false,
                AccessRule.none()));
        PracticalRequirement requirement = new PracticalRequirement(
                Map.of(Modality.OBSERVED, 1, Modality.PERFORMED_UNDER_SUPERVISION, 1),
                new Checklist(List.of(new ChecklistItem("written-consent", "Written consent signed"))),
                new Checklist(List.of(new ChecklistItem("history", "Medical history taken"))));
        courses.publish(supervisor, course.id(), new VersionDraft(List.of(new CourseModule(ModuleId.random(),
                "Module 1", List.of(new Lesson(reading, "Danger zones", true, new LessonContent.Reading("Read."))))),
                new CpdFacts(new BigDecimal("6"), BigDecimal.ONE, "CPD Certification Service", "CPD-1",
                        CourseLevel.FOUNDATION, Set.of(Profession.NURSE)),
                new CompletionRequirements(Optional.empty(), Optional.of(requirement), List.of(station)),
                Optional.empty()));
        enrolments.enrol(supervisor, course.id(), traineeId, false, Optional.empty());
        return course.id();
    }

    private LogCaseCommand caseOf(CourseId course, Modality modality, String patient, Set<String> consent) {
        return new LogCaseCommand(course, modality, "Glabella, 20 units", clock.instant().minus(Duration.ofDays(1)),
                new PatientReference(patient), consent, Set.of("history"), Optional.empty());
    }

    private CaseLogEntry logged(PracticeResult<CaseLogEntry> result) {
        assertThat(result).isInstanceOf(PracticeResult.Applied.class);
        return ((PracticeResult.Applied<CaseLogEntry>) result).value();
    }

    private void verifiedSupervisor() {
        practice.record(supervisor, supervisorId, RegulatoryBody.GMC, "1234567");
        practice.verify(manager, supervisorId, RegulatoryBody.GMC);
    }

    @Test
    @DisplayName("A case with the consent item unticked is refused, naming it; the same case logged twice is one case")
    void loggingChecksTheChecklistsAndIsIdempotent() {
        CourseId course = enrolledCourse();
        assertThat(practice.logCase(trainee, caseOf(course, Modality.OBSERVED, "TOX-0042", Set.of())))
                .isInstanceOfSatisfying(PracticeResult.Refused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(PracticeRefusal.CHECKLIST_INCOMPLETE);
                    assertThat(refused.missing()).containsExactly("Written consent signed");
                });

        CaseLogEntry first = logged(practice.logCase(trainee,
                caseOf(course, Modality.OBSERVED, "TOX-0042", Set.of("written-consent"))));
        CaseLogEntry again = logged(practice.logCase(trainee,
                caseOf(course, Modality.OBSERVED, "TOX-0042", Set.of("written-consent"))));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(practice.myPractice(trainee, course).cases()).hasSize(1);
        assertThatThrownBy(() -> practice.logCase(trainee,
                caseOf(course, Modality.OBSERVED, "TOX-0043", Set.of("not-on-the-list"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("A supervisor signs off only under a registration an administrator verified, and decides a case once")
    void signOffNeedsAVerifiedRegistration() {
        CourseId course = enrolledCourse();
        CaseLogEntry entry = logged(practice.logCase(trainee,
                caseOf(course, Modality.OBSERVED, "TOX-0042", Set.of("written-consent"))));
        clock.advance(Duration.ofMinutes(5));

        assertThat(practice.signOff(supervisor, entry.id(), SignOffDecision.CONFIRMED, Optional.empty()))
                .isInstanceOfSatisfying(PracticeResult.Refused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(PracticeRefusal.REGISTRATION_NOT_VERIFIED));
        practice.record(supervisor, supervisorId, RegulatoryBody.GMC, "1234567");
        assertThat(practice.signOff(supervisor, entry.id(), SignOffDecision.CONFIRMED, Optional.empty()))
                .isInstanceOfSatisfying(PracticeResult.Refused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(PracticeRefusal.REGISTRATION_NOT_VERIFIED));
        assertThatThrownBy(() -> practice.verify(supervisor, supervisorId, RegulatoryBody.GMC))
                .isInstanceOf(AccessDeniedException.class);
        ProfessionalRegistration verified = practice.verify(manager, supervisorId, RegulatoryBody.GMC);
        assertThat(verified.isVerified()).isTrue();

        CaseLogEntry signed = logged(practice.signOff(supervisor, entry.id(), SignOffDecision.CONFIRMED,
                Optional.of("Good technique")));

        assertThat(signed.status()).isEqualTo(CaseStatus.SIGNED_OFF);
        assertThat(signed.signOff().orElseThrow().registration().number()).isEqualTo("1234567");
        assertThat(practice.signOff(supervisor, entry.id(), SignOffDecision.DECLINED, Optional.of("No")))
                .isInstanceOfSatisfying(PracticeResult.Refused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(PracticeRefusal.ALREADY_DECIDED));
        assertThatThrownBy(() -> practice.signOff(trainee, entry.id(), SignOffDecision.CONFIRMED, Optional.empty()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(practice.cases(supervisor, course, Optional.of(CaseStatus.AWAITING_SIGN_OFF))).isEmpty();
    }

    @Test
    @DisplayName("An administrator may not verify their own registration (and then sign off cases on it); another can")
    void selfVerificationIsRefused() {
        UserId managerId = manager.userId();
        ports.tx().inTenant(tenant, () -> {
            ports.staffAccounts().insert(new StaffAccount(managerId, tenant, new EmailAddress("m@glow.test"),
                    "Dr Max Hale", Set.of(Role.MANAGER), "hash", true));
            return null;
        });
        practice.record(manager, managerId, RegulatoryBody.GMC, "7654321");

        assertThatThrownBy(() -> practice.verify(manager, managerId, RegulatoryBody.GMC))
                .isInstanceOf(ConflictException.class).hasMessageContaining("own GMC registration");
        assertThat(practice.list(manager, managerId)).singleElement()
                .satisfies(registration -> assertThat(registration.isVerified()).isFalse());

        Caller owner = new Caller(UserId.random(), tenant, Set.of(Role.OWNER));
        assertThat(practice.verify(owner, managerId, RegulatoryBody.GMC).isVerified()).isTrue();
    }

    @Test
    @DisplayName("OSCE sittings are numbered: a retry finds its sitting, another verdict for it is a conflict")
    void osceSittingsAreRecordedOnce() {
        CourseId course = enrolledCourse();
        RecordSittingCommand failed = new RecordSittingCommand(course, station.id(), traineeId, 1, false,
                Optional.of("Missed the allergy question"));

        assertThat(practice.recordSitting(supervisor, failed)).isInstanceOf(PracticeResult.Applied.class);
        assertThat(practice.recordSitting(supervisor, failed)).isInstanceOfSatisfying(PracticeResult.Applied.class,
                applied -> assertThat(((OsceRecord) applied.value()).results()).hasSize(1));
        assertThatThrownBy(() -> practice.recordSitting(supervisor, new RecordSittingCommand(course, station.id(),
                traineeId, 1, true, Optional.empty()))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> practice.recordSitting(supervisor, new RecordSittingCommand(course, station.id(),
                traineeId, 3, true, Optional.empty()))).isInstanceOf(InvalidInputException.class);
        assertThat(practice.practice(supervisor, course, traineeId).stations()).singleElement()
                .satisfies(record -> assertThat(record.status()).isEqualTo(OsceStatus.RESIT_ALLOWED));
    }

    @Test
    @DisplayName("The last of lessons, signed-off cases and a passed station completes the course and certifies")
    void practiceCompletesTheCourse() {
        CourseId course = enrolledCourse();
        verifiedSupervisor();
        enrolments.completeLesson(trainee, course, reading);
        CaseLogEntry observed = logged(practice.logCase(trainee,
                caseOf(course, Modality.OBSERVED, "TOX-0042", Set.of("written-consent"))));
        CaseLogEntry performed = logged(practice.logCase(trainee,
                caseOf(course, Modality.PERFORMED_UNDER_SUPERVISION, "TOX-0043", Set.of("written-consent"))));
        practice.signOff(supervisor, observed.id(), SignOffDecision.CONFIRMED, Optional.empty());
        practice.signOff(supervisor, performed.id(), SignOffDecision.CONFIRMED, Optional.empty());

        PracticalRecord beforeOsce = practice.myPractice(trainee, course);
        assertThat(beforeOsce.progress().orElseThrow().met()).isTrue();
        assertThat(enrolments.myCourse(trainee, course).status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(certificates.mine(trainee)).isEmpty();

        practice.recordSitting(supervisor, new RecordSittingCommand(course, station.id(), traineeId, 1, true,
                Optional.empty()));

        assertThat(enrolments.myCourse(trainee, course).status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(certificates.mine(trainee)).hasSize(1);
        assertThat(practice.recordSitting(supervisor, new RecordSittingCommand(course, station.id(), traineeId, 2,
                true, Optional.empty()))).isInstanceOfSatisfying(PracticeResult.Refused.class, refused ->
                assertThat(refused.reason()).isEqualTo(PracticeRefusal.ALREADY_PASSED));
    }

    @Test
    @DisplayName("A declined case does not count towards the minimum")
    void declinedCasesDoNotCount() {
        CourseId course = enrolledCourse();
        verifiedSupervisor();
        CaseLogEntry observed = logged(practice.logCase(trainee,
                caseOf(course, Modality.OBSERVED, "TOX-0042", Set.of("written-consent"))));
        practice.signOff(supervisor, observed.id(), SignOffDecision.DECLINED, Optional.of("You were not there"));

        assertThat(practice.myPractice(trainee, course).progress().orElseThrow().shortfall())
                .containsEntry(Modality.OBSERVED, 1);
    }

    @Test
    @DisplayName("A course for registered nurses admits a trainee once an administrator verified their NMC registration")
    void verifiedRegistrationMeetsThePrerequisite() {
        Course course = courses.create(supervisor, new CourseDraft("Advanced toxin", false,
                new AccessRule.RegistrationVerified(Set.of(RegulatoryBody.NMC))));
        assertThat(enrolments.enrol(supervisor, course.id(), traineeId, false, Optional.empty()))
                .isInstanceOfSatisfying(EnrolmentResult.Refused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(EnrolmentRefusal.PREREQUISITES_NOT_MET));
        practice.record(supervisor, traineeId, RegulatoryBody.NMC, "01A2345N");
        assertThat(enrolments.enrol(supervisor, course.id(), traineeId, false, Optional.empty()))
                .as("claimed, not verified").isInstanceOf(EnrolmentResult.Refused.class);

        practice.verify(manager, traineeId, RegulatoryBody.NMC);

        assertThat(enrolments.enrol(supervisor, course.id(), traineeId, false, Optional.empty()))
                .isInstanceOf(EnrolmentResult.Applied.class);
    }
}
