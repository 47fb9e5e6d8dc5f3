package com.laca.application.academy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.inmemory.academy.InMemoryAcademy;
import com.laca.application.academy.port.in.CourseDraft;
import com.laca.application.academy.port.in.CertificateView;
import com.laca.application.academy.port.in.EnrolmentView;
import com.laca.application.academy.port.in.VersionDraft;
import com.laca.application.academy.port.out.AcademyDirectory;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.ModuleId;
import com.laca.domain.academy.Profession;
import com.laca.domain.academy.access.AccessRule;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateResult;
import com.laca.domain.academy.certificate.CertificateStatus;
import com.laca.domain.academy.certificate.ReissueResult;
import com.laca.domain.academy.course.CompletionRequirements;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseLevel;
import com.laca.domain.academy.course.CourseModule;
import com.laca.domain.academy.course.CourseVersion;
import com.laca.domain.academy.course.CpdFacts;
import com.laca.domain.academy.course.Lesson;
import com.laca.domain.academy.course.LessonCompletionResult;
import com.laca.domain.academy.course.LessonContent;
import com.laca.domain.academy.enrolment.EnrolmentRefusal;
import com.laca.domain.academy.enrolment.EnrolmentResult;
import com.laca.domain.academy.enrolment.EnrolmentStatus;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Courses, enrolments and progress: staff publish and enrol, trainees complete lessons, progress derived")
class CourseAndEnrolmentServiceTest {

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final InMemoryAcademy academy = new InMemoryAcademy(ports.tx());
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    private final TenantId tenant = TenantId.random();
    private final CourseService courses = new CourseService(ports.tx(), academy.courses());
    private final AcademyDirectory directory = new AcademyDirectory() {
        @Override
        public AcademyProfile profile(TenantId id) {
            return new AcademyProfile("Glow Academy", ZoneId.of("Europe/London"));
        }

        @Override
        public Optional<TenantId> activeBySlug(String slug) {
            return slug.equals("glow-academy") ? Optional.of(tenant) : Optional.empty();
        }
    };
    private final EnrolmentService enrolments = new EnrolmentService(ports.tx(), academy.courses(),
            academy.enrolments(), academy.lessonCompletions(), ports.staffAccounts(), academy.certificates(),
            directory, new SecureRandom(), academy.assessments(), academy.attempts(), academy.caseLog(),
            academy.sittings(), academy.registrations(), clock);
    private final CertificateService certificates = new CertificateService(ports.tx(), academy.certificates(),
            academy.enrolments(), directory, document -> new byte[] {'%', 'P', 'D', 'F'}, new SecureRandom(),
            clock);
    private final Caller instructor = new Caller(UserId.random(), tenant, Set.of(Role.INSTRUCTOR));
    private final UserId traineeId = UserId.random();
    private final Caller trainee = new Caller(traineeId, tenant, Set.of(Role.STUDENT));

    private final LessonId video = LessonId.random();
    private final LessonId reading = LessonId.random();
    private final LessonId live = LessonId.random();
    private final LessonId optional = LessonId.random();

    CourseAndEnrolmentServiceTest() {
        ports.tx().inTenant(tenant, () -> {
            ports.tenants().insert(new Tenant(tenant, new TenantSlug("glow-academy"), "Glow", ZoneId.of("Europe/London"),
                    "GBP", TenantStatus.ACTIVE, 0));
            ports.staffAccounts().insert(new StaffAccount(traineeId, tenant, new EmailAddress("t@glow.test"),
                    "Dr Sam Lee", Set.of(Role.STUDENT), "hash", true));
            return null;
        });
    }

    private VersionDraft draft(List<Lesson> lessons) {
        return new VersionDraft(List.of(new CourseModule(ModuleId.random(), "Module 1", lessons)),
                new CpdFacts(new BigDecimal("6"), BigDecimal.ONE, "CPD Certification Service", "CPD-1",
                        CourseLevel.FOUNDATION, Set.of(Profession.DOCTOR)),
                CompletionRequirements.lessonsOnly(), Optional.empty());
    }

    private List<Lesson> lessons() {
        return List.of(new Lesson(video, "Anatomy video", true,
                        new LessonContent.VideoLink(URI.create("https://video.example/a"))),
                new Lesson(reading, "Danger zones", true, new LessonContent.Reading("Read this.")),
                new Lesson(live, "Live demo", true, new LessonContent.LiveSession(clock.instant().minusSeconds(3_600),
                        Duration.ofHours(1), "Room 1")),
                new Lesson(optional, "Extra", false, new LessonContent.Reading("Optional.")));
    }

    private Course publishedCourse(boolean selfEnrolment) {
        Course course = courses.create(instructor, new CourseDraft("Foundation botulinum toxin", selfEnrolment,
                AccessRule.none()));
        courses.publish(instructor, course.id(), draft(lessons()));
        return course;
    }

    @Test
    @DisplayName("A trainee enrolled by staff completes lessons; staff record the live session; then it completes")
    void enrolCompleteLessonsAndFinish() {
        Course course = publishedCourse(false);
        EnrolmentResult enrolled = enrolments.enrol(instructor, course.id(), traineeId, false, Optional.empty());
        assertThat(enrolled).isInstanceOf(EnrolmentResult.Applied.class);

        assertThat(enrolments.completeLesson(trainee, course.id(), video))
                .isInstanceOf(LessonCompletionResult.Recorded.class);
        assertThat(enrolments.completeLesson(trainee, course.id(), reading))
                .isInstanceOf(LessonCompletionResult.Recorded.class);
        assertThat(enrolments.completeLesson(trainee, course.id(), live))
                .isInstanceOfSatisfying(LessonCompletionResult.Refused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(LessonCompletionResult.Reason.STAFF_RECORDS_IT));
        EnrolmentView midway = enrolments.myCourse(trainee, course.id());
        assertThat(midway.progress().orElseThrow().percent()).isEqualTo(66);
        assertThat(midway.status()).isEqualTo(EnrolmentStatus.ACTIVE);

        enrolments.recordLesson(instructor, midway.enrolment().id(), live);

        EnrolmentView done = enrolments.myCourse(trainee, course.id());
        assertThat(done.progress().orElseThrow().percent()).isEqualTo(100);
        assertThat(done.status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(done.enrolment().completedVersion()).contains(1);
    }

    @Test
    @DisplayName("A completed learner stays at 100 % on their version when version 2 adds a lesson; others follow v2")
    void newVersionKeepsCompletedLearnersWhole() {
        Course course = publishedCourse(true);
        enrolments.enrol(instructor, course.id(), traineeId, false, Optional.empty());
        enrolments.completeLesson(trainee, course.id(), video);
        enrolments.completeLesson(trainee, course.id(), reading);
        enrolments.recordLesson(instructor, enrolments.myCourse(trainee, course.id()).enrolment().id(), live);

        List<Lesson> more = new java.util.ArrayList<>(lessons());
        more.add(new Lesson(LessonId.random(), "New module", true, new LessonContent.Reading("New.")));
        CourseVersion second = courses.publish(instructor, course.id(), draft(more));

        assertThat(second.number()).isEqualTo(2);
        EnrolmentView view = enrolments.myCourse(trainee, course.id());
        assertThat(view.progress().orElseThrow().version()).isEqualTo(1);
        assertThat(view.progress().orElseThrow().percent()).isEqualTo(100);
    }

    @Test
    @DisplayName("Self-enrolment only where the course allows it; a second enrolment is a conflict")
    void selfEnrolment() {
        Course closed = publishedCourse(false);
        assertThat(enrolments.selfEnrol(trainee, closed.id())).isInstanceOfSatisfying(EnrolmentResult.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(EnrolmentRefusal.SELF_ENROLMENT_CLOSED));
        Course open = publishedCourse(true);
        assertThat(enrolments.selfEnrol(trainee, open.id())).isInstanceOf(EnrolmentResult.Applied.class);
        assertThatThrownBy(() -> enrolments.selfEnrol(trainee, open.id())).isInstanceOf(ConflictException.class);
        assertThat(enrolments.myCourses(trainee)).hasSize(1);
    }

    @Test
    @DisplayName("A prerequisite course not completed refuses enrolment with the reason the learner can act on")
    void prerequisites() {
        Course first = publishedCourse(true);
        Course advanced = courses.create(instructor, new CourseDraft("Advanced toxin", true,
                new AccessRule.CourseCompleted(first.id(), "Foundation botulinum toxin")));
        assertThat(enrolments.selfEnrol(trainee, advanced.id())).isInstanceOfSatisfying(
                EnrolmentResult.Refused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(EnrolmentRefusal.PREREQUISITES_NOT_MET);
                    assertThat(refused.prerequisites().get(0).reason()).contains("Foundation botulinum toxin");
                });
    }

    @Test
    @DisplayName("Only staff enrol, only trainees study, and only trainees can be enrolled")
    void permissions() {
        Course course = publishedCourse(true);
        assertThatThrownBy(() -> enrolments.enrol(trainee, course.id(), traineeId, false, Optional.empty()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.myCourses(instructor)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courses.create(trainee, new CourseDraft("X", true, AccessRule.none())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.enrol(instructor, course.id(), instructor.userId(), false,
                Optional.empty())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> enrolments.completeLesson(trainee, CourseId.random(), video))
                .isInstanceOf(com.laca.application.shared.NotFoundException.class);
    }

    private Course completedCourse() {
        Course course = publishedCourse(false);
        enrolments.enrol(instructor, course.id(), traineeId, false, Optional.empty());
        enrolments.completeLesson(trainee, course.id(), video);
        enrolments.completeLesson(trainee, course.id(), reading);
        enrolments.recordLesson(instructor, enrolments.myCourse(trainee, course.id()).enrolment().id(), live);
        return course;
    }

    @Test
    @DisplayName("Completing the course issues one certificate with a snapshot and a 12-character code; anyone verifies it")
    void certificateOnCompletion() {
        completedCourse();
        List<CertificateView> mine = certificates.mine(trainee);

        assertThat(mine).hasSize(1);
        Certificate certificate = mine.get(0).certificate();
        assertThat(mine.get(0).status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.snapshot().learnerName()).isEqualTo("Dr Sam Lee");
        assertThat(certificate.snapshot().issuer()).isEqualTo("Glow Academy");
        assertThat(certificate.snapshot().cpdHours()).isEqualByComparingTo("6");
        assertThat(certificate.key().courseVersion()).isEqualTo(1);
        assertThat(certificate.code().value()).hasSize(12);
        assertThat(certificates.verify("glow-academy", certificate.code().display().toLowerCase())).isPresent();
        assertThat(certificates.verify("other-clinic", certificate.code().value())).isEmpty();
        assertThat(certificates.verify("glow-academy", "not a code at all")).isEmpty();

        EnrolmentView done = enrolments.myCourse(trainee, certificate.key().course());
        assertThat(enrolments.recordLesson(instructor, done.enrolment().id(), live)).as("recorded again, harmlessly")
                .isInstanceOf(LessonCompletionResult.Recorded.class);
        assertThat(enrolments.completeLesson(trainee, certificate.key().course(), video))
                .isInstanceOf(LessonCompletionResult.Recorded.class);
        assertThat(certificates.mine(trainee)).hasSize(1);
    }

    @Test
    @DisplayName("Revoking changes the status the public check shows and keeps the record; a second revoke is refused")
    void revoke() {
        completedCourse();
        Certificate certificate = certificates.mine(trainee).get(0).certificate();
        Caller owner = new Caller(UserId.random(), tenant, Set.of(Role.OWNER));

        assertThat(certificates.revoke(owner, certificate.id(), "Obtained by misconduct"))
                .isInstanceOf(CertificateResult.Applied.class);
        assertThat(certificates.revoke(owner, certificate.id(), "again")).isInstanceOf(CertificateResult.Refused.class);
        assertThat(certificates.verify("glow-academy", certificate.code().value()).orElseThrow().status())
                .isEqualTo(CertificateStatus.REVOKED);
        assertThatThrownBy(() -> certificates.revoke(trainee, certificate.id(), "mine"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("A reissue with a corrected name gives a new code; the public check shows the old one superseded by it")
    void reissue() {
        completedCourse();
        Certificate original = certificates.mine(trainee).get(0).certificate();
        Caller owner = new Caller(UserId.random(), tenant, Set.of(Role.OWNER));
        int cpdEntries = certificates.myCpdRecord(trainee).size();

        ReissueResult result = certificates.reissue(owner, original.id(), Optional.of("Dr Samuel Lee"));

        assertThat(result).isInstanceOf(ReissueResult.Reissued.class);
        Certificate replacement = ((ReissueResult.Reissued) result).replacement();
        CertificateView old = certificates.verify("glow-academy", original.code().value()).orElseThrow();
        assertThat(old.status()).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(old.supersededBy()).contains(replacement.code());
        CertificateView fresh = certificates.verify("glow-academy", replacement.code().value()).orElseThrow();
        assertThat(fresh.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(fresh.certificate().snapshot().learnerName()).isEqualTo("Dr Samuel Lee");
        assertThat(fresh.certificate().issuedAt()).isEqualTo(original.issuedAt());
        assertThat(certificates.reissue(owner, original.id(), Optional.empty()))
                .isInstanceOf(ReissueResult.Refused.class);
        assertThat(certificates.myCpdRecord(trainee)).as("the hours count once").hasSize(cpdEntries);
        assertThatThrownBy(() -> certificates.reissue(trainee, replacement.id(), Optional.empty()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
