package com.laca.application.academy.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.PersistenceContract;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.EnrolmentId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.ModuleId;
import com.laca.domain.academy.OsceStationId;
import com.laca.domain.academy.Profession;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.academy.access.AccessRule;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateKey;
import com.laca.domain.academy.certificate.CertificateSnapshot;
import com.laca.domain.academy.certificate.StatusCause;
import com.laca.domain.academy.certificate.StatusChange;
import com.laca.domain.academy.certificate.VerificationCode;
import com.laca.domain.academy.course.CompletedBy;
import com.laca.domain.academy.course.CompletionRequirements;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseLevel;
import com.laca.domain.academy.course.CourseModule;
import com.laca.domain.academy.course.CourseVersion;
import com.laca.domain.academy.course.CpdFacts;
import com.laca.domain.academy.course.Lesson;
import com.laca.domain.academy.course.LessonCompletion;
import com.laca.domain.academy.course.LessonContent;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.academy.enrolment.EnrolmentRoute;
import com.laca.domain.academy.enrolment.EnrolmentStatus;
import com.laca.domain.academy.practice.Checklist;
import com.laca.domain.academy.practice.ChecklistItem;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.OsceStation;
import com.laca.domain.academy.practice.PracticalRequirement;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of the academy's stores (courses and versions, enrolments, lesson completions): every field reads
 * back as written, versions and enrolments are unique where the rules say so, and tenant B never sees tenant A's.
 */
public abstract class AcademyRepositoriesContract extends PersistenceContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    /** The adapter's academy stores, on the same store as {@link #createPorts()}. */
    protected abstract AcademyStores academy();

    static Course course(String title, AccessRule prerequisites) {
        return new Course(CourseId.random(), title, true, prerequisites);
    }

    /** A version with every kind of lesson and every kind of completion requirement. */
    static CourseVersion fullVersion(CourseId course, int number) {
        CourseModule theory = new CourseModule(ModuleId.random(), "Anatomy", List.of(
                new Lesson(LessonId.random(), "Facial muscles", true,
                        new LessonContent.VideoLink(URI.create("https://video.example/anatomy"))),
                new Lesson(LessonId.random(), "Danger zones", true, new LessonContent.Reading("# Read me\nCarefully.")),
                new Lesson(LessonId.random(), "Further reading", false, new LessonContent.Reading("Optional."))));
        CourseModule practice = new CourseModule(ModuleId.random(), "Practice", List.of(
                new Lesson(LessonId.random(), "Live demo", true, new LessonContent.LiveSession(T0.plusSeconds(86_400),
                        Duration.ofMinutes(90), "Room 2, Bath")),
                new Lesson(LessonId.random(), "Supervised injecting", true,
                        new LessonContent.Practical("Glabellar lines on a model"))));
        PracticalRequirement cases = new PracticalRequirement(
                Map.of(Modality.OBSERVED, 10, Modality.PERFORMED_UNDER_SUPERVISION, 10),
                new Checklist(List.of(new ChecklistItem("risks", "Risks explained"))),
                new Checklist(List.of(new ChecklistItem("history", "Medical history taken"),
                        new ChecklistItem("photos", "Photographs taken"))));
        CompletionRequirements requirements = new CompletionRequirements(Optional.of(AssessmentId.random()),
                Optional.of(cases), List.of(new OsceStation(OsceStationId.random(), "Reconstitution", 3)));
        CpdFacts cpd = new CpdFacts(new BigDecimal("7.5"), new BigDecimal("3.25"), "The CPD Certification Service",
                "CPD-12345", CourseLevel.FOUNDATION, Set.of(Profession.DOCTOR, Profession.NURSE));
        return new CourseVersion(course, number, List.of(theory, practice), cpd, requirements,
                Optional.of(Period.ofYears(2)));
    }

    static CourseVersion simpleVersion(CourseId course, int number) {
        return new CourseVersion(course, number, List.of(new CourseModule(ModuleId.random(), "Only", List.of(
                new Lesson(LessonId.random(), "Read", true, new LessonContent.Reading("text"))))),
                new CpdFacts(BigDecimal.ONE, BigDecimal.ZERO, "Body", "N-1", CourseLevel.ADVANCED,
                        Set.of(Profession.PHARMACIST)), CompletionRequirements.lessonsOnly(), Optional.empty());
    }

    private Course stored(TenantId tenant, Course course) {
        ports.tx().inTenant(tenant, () -> {
            academy().courses().insert(course);
            return null;
        });
        return course;
    }

    private UserId learner(TenantId tenant) {
        return storedAccount(tenant).id();
    }

    @Test
    @DisplayName("a course with nested prerequisites and a version with every lesson kind and requirement read back")
    void courseRoundTrip() {
        AccessRule nested = new AccessRule.AllOf(List.of(
                new AccessRule.RegistrationVerified(Set.of(RegulatoryBody.GMC, RegulatoryBody.NMC)),
                new AccessRule.AnyOf(List.of(new AccessRule.CourseCompleted(CourseId.random(), "Foundation"),
                        new AccessRule.MinimumGrade(AssessmentId.random(), "Entry test", new BigDecimal("70.00")))),
                new AccessRule.OpensAt(T0), new AccessRule.ClosesAt(T0.plusSeconds(3_600))));
        Course course = stored(tenantA, course("Foundation botulinum toxin", nested));
        CourseVersion version = fullVersion(course.id(), 1);

        doInA(() -> academy().courses().insertVersion(version));

        assertThat(inA(() -> academy().courses().find(course.id()))).contains(course);
        assertThat(inA(() -> academy().courses().findVersion(course.id(), 1))).contains(version);
        assertThat(inA(() -> academy().courses().currentVersion(course.id()))).contains(version);
        assertThat(inB(() -> academy().courses().find(course.id()))).isEmpty();
        assertThat(inB(() -> academy().courses().currentVersion(course.id()))).isEmpty();
    }

    @Test
    @DisplayName("a version number is published once; the current version is the highest number")
    void versionsAreUnique() {
        Course course = stored(tenantA, course("Fillers", AccessRule.none()));
        doInA(() -> academy().courses().insertVersion(simpleVersion(course.id(), 1)));
        CourseVersion second = simpleVersion(course.id(), 2);
        doInA(() -> academy().courses().insertVersion(second));

        assertThatThrownBy(() -> doInA(() -> academy().courses().insertVersion(simpleVersion(course.id(), 2))))
                .isInstanceOf(ConflictException.class);
        assertThat(inA(() -> academy().courses().currentVersion(course.id()))).contains(second);
        assertThat(inA(() -> academy().courses().findVersion(course.id(), 3))).isEmpty();
        assertThatThrownBy(() -> doInA(() -> academy().courses().insertVersion(simpleVersion(CourseId.random(), 1))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("a course's title, self-enrolment and prerequisites change; courses list by title, per tenant")
    void courseUpdateAndList() {
        Course peels = stored(tenantA, course("Peels", AccessRule.none()));
        stored(tenantA, course("Anatomy", AccessRule.none()));
        Course changed = new Course(peels.id(), "Chemical peels", false, new AccessRule.OpensAt(T0));

        doInA(() -> academy().courses().update(changed));

        assertThat(inA(() -> academy().courses().find(peels.id()))).contains(changed);
        assertThat(inA(() -> academy().courses().list())).extracting(Course::title)
                .containsExactly("Anatomy", "Chemical peels");
        assertThat(inB(() -> academy().courses().list())).isEmpty();
        assertThatThrownBy(() -> doInA(() -> academy().courses().update(course("Ghost", AccessRule.none()))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("an enrolment reads back in every state, one per learner and course, found by learner and course")
    void enrolments() {
        Course course = stored(tenantA, course("Toxin", AccessRule.none()));
        UserId learner = learner(tenantA);
        Enrolment active = new Enrolment(EnrolmentId.random(), course.id(), learner, EnrolmentRoute.BY_STAFF,
                EnrolmentStatus.ACTIVE, T0, Optional.of(T0.plus(Duration.ofDays(90))), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        doInA(() -> academy().enrolments().insert(active));
        Enrolment completed = new Enrolment(active.id(), course.id(), learner, EnrolmentRoute.BY_STAFF,
                EnrolmentStatus.COMPLETED, T0, active.accessUntil(), Optional.of(2),
                Optional.of(T0.plusSeconds(7_200)), Optional.empty(), Optional.of("reopened once"));

        doInA(() -> academy().enrolments().update(completed));

        assertThat(inA(() -> academy().enrolments().find(active.id()))).contains(completed);
        assertThat(inA(() -> academy().enrolments().findForUpdate(active.id()))).contains(completed);
        assertThat(inA(() -> academy().enrolments().findByLearner(course.id(), learner))).contains(completed);
        assertThat(inA(() -> academy().enrolments().listByLearner(learner))).containsExactly(completed);
        assertThat(inA(() -> academy().enrolments().listByCourse(course.id()))).containsExactly(completed);
        assertThat(inB(() -> academy().enrolments().find(active.id()))).isEmpty();

        Enrolment again = new Enrolment(EnrolmentId.random(), course.id(), learner, EnrolmentRoute.SELF,
                EnrolmentStatus.ACTIVE, T0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThatThrownBy(() -> doInA(() -> academy().enrolments().insert(again)))
                .isInstanceOf(ConflictException.class);
        Enrolment withdrawn = new Enrolment(EnrolmentId.random(), course.id(), learner(tenantA), EnrolmentRoute.INVITED,
                EnrolmentStatus.WITHDRAWN, T0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(T0.plusSeconds(60)), Optional.of("changed their mind"));
        doInA(() -> academy().enrolments().insert(withdrawn));
        assertThat(inA(() -> academy().enrolments().listByCourse(course.id()))).hasSize(2);
    }

    @Test
    @DisplayName("an enrolment must name a course of the tenant")
    void enrolmentNeedsCourse() {
        Enrolment orphan = new Enrolment(EnrolmentId.random(), CourseId.random(), learner(tenantA),
                EnrolmentRoute.SELF, EnrolmentStatus.ACTIVE, T0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> doInA(() -> academy().enrolments().insert(orphan)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("a lesson is completed once per learner; the first record stands; completions are per course")
    void lessonCompletions() {
        Course course = stored(tenantA, course("Toxin", AccessRule.none()));
        Course other = stored(tenantA, course("Fillers", AccessRule.none()));
        UserId learner = learner(tenantA);
        LessonId lesson = LessonId.random();
        LessonCompletion first = new LessonCompletion(lesson, learner, T0, CompletedBy.LEARNER);

        assertThat(inA(() -> academy().lessonCompletions().record(course.id(), first))).isTrue();
        assertThat(inA(() -> academy().lessonCompletions().record(course.id(),
                new LessonCompletion(lesson, learner, T0.plusSeconds(60), CompletedBy.STAFF)))).isFalse();
        LessonCompletion second = new LessonCompletion(LessonId.random(), learner, T0.plusSeconds(120),
                CompletedBy.STAFF);
        doInA(() -> academy().lessonCompletions().record(course.id(), second));
        doInA(() -> academy().lessonCompletions().record(other.id(),
                new LessonCompletion(LessonId.random(), learner, T0, CompletedBy.LEARNER)));

        assertThat(inA(() -> academy().lessonCompletions().listFor(course.id(), learner)))
                .containsExactly(first, second);
        assertThat(inA(() -> academy().lessonCompletions().listFor(course.id(), learner(tenantA)))).isEmpty();
        assertThat(inB(() -> academy().lessonCompletions().listFor(course.id(), learner))).isEmpty();
    }

    private Certificate certificate(CourseId course, UserId learner, int revision, String code) {
        return new Certificate(CertificateId.random(), new CertificateKey(learner, course, 1, 1), revision,
                new VerificationCode(code), new CertificateSnapshot("Dr Sam Lee", "Toxin", "Glow Academy",
                "The CPD Certification Service", "CPD-1", new BigDecimal("7.5"), new BigDecimal("3.25")),
                T0, Optional.of(T0.plus(Duration.ofDays(730))), List.of());
    }

    private Course courseWithVersion(TenantId tenant) {
        Course course = stored(tenant, course("Toxin", AccessRule.none()));
        ports.tx().inTenant(tenant, () -> {
            academy().courses().insertVersion(simpleVersion(course.id(), 1));
            return null;
        });
        return course;
    }

    @Test
    @DisplayName("a certificate reads back by id, key and code; one per key and revision, one per code")
    void certificates() {
        Course course = courseWithVersion(tenantA);
        UserId learner = learner(tenantA);
        Certificate issued = certificate(course.id(), learner, 1, "7KQ2M9XD4HTW");
        doInA(() -> academy().certificates().insert(issued));

        assertThat(inA(() -> academy().certificates().find(issued.id()))).contains(issued);
        assertThat(inA(() -> academy().certificates().latestByKey(issued.key()))).contains(issued);
        assertThat(inA(() -> academy().certificates().findByCode(issued.code()))).contains(issued);
        assertThat(inA(() -> academy().certificates().listByLearner(learner))).containsExactly(issued);
        assertThat(inB(() -> academy().certificates().findByCode(issued.code()))).isEmpty();

        assertThatThrownBy(() -> doInA(() -> academy().certificates().insert(
                certificate(course.id(), learner, 1, "0000000000AA")))).as("same key and revision")
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> doInA(() -> academy().certificates().insert(
                certificate(course.id(), learner(tenantA), 1, "7KQ2M9XD4HTW")))).as("same code")
                .isInstanceOf(ConflictException.class);
        Certificate reissued = certificate(course.id(), learner, 2, "1111111111BB");
        doInA(() -> academy().certificates().insert(reissued));
        assertThat(inA(() -> academy().certificates().latestByKey(issued.key()))).contains(reissued);
    }

    @Test
    @DisplayName("a status history only grows, in order; two changes at the same position keep one")
    void statusHistory() {
        Course course = courseWithVersion(tenantA);
        UserId learner = learner(tenantA);
        Certificate issued = certificate(course.id(), learner, 1, "22222222CCCC");
        doInA(() -> academy().certificates().insert(issued));
        StatusChange suspended = new StatusChange(StatusChange.Action.SUSPENDED, T0.plusSeconds(60), learner,
                StatusCause.REGRADE, "Regrade: result now 40.00 %, not a pass");
        StatusChange revoked = new StatusChange(StatusChange.Action.REVOKED, T0.plusSeconds(120), learner,
                StatusCause.STAFF_DECISION, "Misconduct");

        doInA(() -> academy().certificates().appendStatus(issued.id(), 0, suspended));
        doInA(() -> academy().certificates().appendStatus(issued.id(), 1, revoked));

        assertThat(inA(() -> academy().certificates().find(issued.id())).orElseThrow().history())
                .containsExactly(suspended, revoked);
        assertThatThrownBy(() -> doInA(() -> academy().certificates().appendStatus(issued.id(), 1, suspended)))
                .isInstanceOf(ConflictException.class);
    }
}
