package com.laca.bootstrap.demo;

import com.laca.application.academy.port.in.CertificatesUseCase;
import com.laca.application.academy.port.in.CourseDraft;
import com.laca.application.academy.port.in.LearningUseCase;
import com.laca.application.academy.port.in.ManageCoursesUseCase;
import com.laca.application.academy.port.in.ManageEnrolmentsUseCase;
import com.laca.application.academy.port.in.VersionDraft;
import com.laca.application.identity.port.out.PasswordHasher;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.ModuleId;
import com.laca.domain.academy.Profession;
import com.laca.domain.academy.access.AccessRule;
import com.laca.domain.academy.course.CompletionRequirements;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseLevel;
import com.laca.domain.academy.course.CourseModule;
import com.laca.domain.academy.course.CpdFacts;
import com.laca.domain.academy.course.Lesson;
import com.laca.domain.academy.course.LessonContent;
import com.laca.domain.academy.enrolment.EnrolmentResult;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo clinic's academy: an instructor, the "Foundation botulinum toxin" course and three trainees, one certified,
 * one half-way and one whose certificate was revoked, all signing in with the demo password; made once, through the
 * use cases.
 */
final class DemoAcademy {

    static final String COURSE = "Foundation botulinum toxin";
    static final String INSTRUCTOR = "instructor@demo-clinic.test";
    static final String COMPLETED_TRAINEE = "dr.khan@trainee.demo-clinic.test";
    static final String STUDYING_TRAINEE = "nurse.carter@trainee.demo-clinic.test";
    static final String REVOKED_TRAINEE = "dr.grant@trainee.demo-clinic.test";

    private final TransactionRunner tx;
    private final StaffAccountRepository accounts;
    private final PasswordHasher hasher;
    private final ManageCoursesUseCase courses;
    private final ManageEnrolmentsUseCase enrolments;
    private final LearningUseCase learning;
    private final CertificatesUseCase certificates;
    private final Clock clock;

    DemoAcademy(TransactionRunner tx, StaffAccountRepository accounts, PasswordHasher hasher,
                ManageCoursesUseCase courses, ManageEnrolmentsUseCase enrolments, LearningUseCase learning,
                CertificatesUseCase certificates, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.hasher = hasher;
        this.courses = courses;
        this.enrolments = enrolments;
        this.learning = learning;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** Creates the academy in the demo clinic unless its instructor already exists. */
    void ensure(Tenant clinic, String password) {
        boolean exists = tx.inTenant(clinic.id(), () -> accounts.findByEmail(new EmailAddress(INSTRUCTOR)).isPresent());
        if (exists) {
            return;
        }
        Caller instructor = account(clinic, INSTRUCTOR, "Dr Helen Price", Role.INSTRUCTOR, password);
        Caller completed = account(clinic, COMPLETED_TRAINEE, "Dr Amira Khan", Role.STUDENT, password);
        Caller studying = account(clinic, STUDYING_TRAINEE, "Nurse Ben Carter", Role.STUDENT, password);
        Caller revoked = account(clinic, REVOKED_TRAINEE, "Dr Leo Grant", Role.STUDENT, password);

        Course course = courses.create(instructor, new CourseDraft(COURSE, false, AccessRule.none()));
        LessonId anatomy = LessonId.random();
        LessonId dangerZones = LessonId.random();
        LessonId reconstitution = LessonId.random();
        LessonId demonstration = LessonId.random();
        LessonId practice = LessonId.random();
        courses.publish(instructor, course.id(), new VersionDraft(List.of(
                new CourseModule(ModuleId.random(), "Anatomy and safety", List.of(
                        new Lesson(anatomy, "Facial muscles of expression", true,
                                new LessonContent.VideoLink(URI.create("https://video.example/laca/anatomy"))),
                        new Lesson(dangerZones, "Danger zones and complications", true, new LessonContent.Reading(
                                "Know the supraorbital and supratrochlear vessels; recognise ptosis early.")))),
                new CourseModule(ModuleId.random(), "Product and dose", List.of(
                        new Lesson(reconstitution, "Reconstitution and dose arithmetic", true,
                                new LessonContent.Reading("100 U in 2.5 ml is 40 U/ml, so 0.1 ml holds 4 U.")))),
                new CourseModule(ModuleId.random(), "Practice", List.of(
                        new Lesson(demonstration, "Live demonstration", true, new LessonContent.LiveSession(
                                clock.instant().minus(Duration.ofDays(7)), Duration.ofMinutes(90),
                                "Harley Street training room")),
                        new Lesson(practice, "Supervised injecting", true,
                                new LessonContent.Practical("Glabellar lines under supervision"))))),
                new CpdFacts(new BigDecimal("8"), new BigDecimal("3"), "The CPD Certification Service", "CPD-LACA-0001",
                        CourseLevel.FOUNDATION, Set.of(Profession.DOCTOR, Profession.DENTIST, Profession.NURSE)),
                CompletionRequirements.lessonsOnly(), Optional.of(Period.ofYears(2))));

        List<LessonId> learnerLessons = List.of(anatomy, dangerZones, reconstitution);
        List<LessonId> staffLessons = List.of(demonstration, practice);
        complete(instructor, completed, course, learnerLessons, staffLessons);
        complete(instructor, revoked, course, learnerLessons, staffLessons);
        certificates.mine(revoked).forEach(view -> certificates.revoke(instructor, view.certificate().id(),
                "Issued in error: the supervised practice was not signed off"));
        enrolments.enrol(instructor, course.id(), studying.userId(), false, Optional.empty());
        learning.completeLesson(studying, course.id(), anatomy);
        learning.completeLesson(studying, course.id(), dangerZones);
    }

    private void complete(Caller instructor, Caller trainee, Course course, List<LessonId> learnerLessons,
                          List<LessonId> staffLessons) {
        EnrolmentResult.Applied enrolled = (EnrolmentResult.Applied) enrolments.enrol(instructor, course.id(),
                trainee.userId(), false, Optional.empty());
        learnerLessons.forEach(lesson -> learning.completeLesson(trainee, course.id(), lesson));
        staffLessons.forEach(lesson -> enrolments.recordLesson(instructor, enrolled.enrolment().id(), lesson));
    }

    private Caller account(Tenant clinic, String email, String name, Role role, String password) {
        StaffAccount account = new StaffAccount(UserId.random(), clinic.id(), new EmailAddress(email), name,
                Set.of(role), hasher.hash(password), true);
        tx.inTenant(clinic.id(), () -> {
            accounts.insert(account);
            return null;
        });
        return new Caller(account.id(), clinic.id(), Set.of(role));
    }
}
