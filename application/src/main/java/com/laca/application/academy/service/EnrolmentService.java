package com.laca.application.academy.service;

import com.laca.application.academy.port.in.CourseDetails;
import com.laca.application.academy.port.in.EnrolmentView;
import com.laca.application.academy.port.in.LearningUseCase;
import com.laca.application.academy.port.in.ManageEnrolmentsUseCase;
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
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.academy.CertificateId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.EnrolmentId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.access.AccessDecision;
import com.laca.domain.academy.access.LearnerFacts;
import com.laca.domain.academy.certificate.CertificateIssuance;
import com.laca.domain.academy.certificate.CertificateKey;
import com.laca.domain.academy.certificate.CertificateSnapshot;
import com.laca.domain.academy.certificate.IssueResult;
import com.laca.domain.academy.certificate.VerificationCode;
import com.laca.domain.academy.course.CompletedBy;
import com.laca.domain.academy.course.CompletionReport;
import com.laca.domain.academy.course.CompletionRequirements;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseVersion;
import com.laca.domain.academy.course.Lesson;
import com.laca.domain.academy.course.LessonCompletion;
import com.laca.domain.academy.course.LessonCompletionResult;
import com.laca.domain.academy.course.Progress;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.academy.enrolment.EnrolmentResult;
import com.laca.domain.academy.enrolment.EnrolmentStatus;
import com.laca.domain.academy.grading.OverallGrade;
import com.laca.domain.identity.Permission;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enrolments and lesson completions, for staff and for the trainee themself: gathers the learner's facts for the
 * prerequisites, stores only completion facts and derives progress on every read, and completes an enrolment when a
 * lesson was the last thing its course version required.
 *
 * <p>Learner facts gathered today: courses the learner completed in this academy, their professional registrations
 * (only a verified one meets a registration prerequisite) and the time. Assessment scores join them when a
 * prerequisite on them is offered; until then a prerequisite on a score is unmet.
 */
public final class EnrolmentService implements ManageEnrolmentsUseCase, LearningUseCase {

    private final TransactionRunner tx;
    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final LessonCompletionRepository completions;
    private final StaffAccountRepository accounts;
    private final RegistrationRepository registrations;
    private final CourseCompletion completion;
    private final Clock clock;

    /** @param random the source of certificates' verification codes: a {@link SecureRandom} (≥ 60 random bits) */
    public EnrolmentService(TransactionRunner tx, CourseRepository courses, EnrolmentRepository enrolments,
                            LessonCompletionRepository completions, StaffAccountRepository accounts,
                            CertificateRepository certificates, AcademyDirectory directory, SecureRandom random,
                            AssessmentRepository assessments, AttemptRepository attempts, CaseLogRepository caseLog,
                            OsceSittingRepository sittings, RegistrationRepository registrations, Clock clock) {
        this.tx = tx;
        this.courses = courses;
        this.enrolments = enrolments;
        this.completions = completions;
        this.accounts = accounts;
        this.registrations = registrations;
        this.completion = new CourseCompletion(courses, enrolments, completions, assessments, attempts, accounts,
                certificates, directory, caseLog, sittings, random);
        this.clock = clock;
    }

    @Override
    public EnrolmentResult enrol(Caller caller, CourseId courseId, UserId learner, boolean invite,
                                 Optional<Instant> accessUntil) {
        caller.require(Permission.ENROLMENTS_MANAGE);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            Course course = course(courseId);
            accounts.findById(learner).filter(account -> account.roles().contains(Role.STUDENT))
                    .orElseThrow(() -> new InvalidInputException("learner", "must be a trainee of this academy"));
            EnrolmentResult result = invite
                    ? Enrolment.invite(EnrolmentId.random(), course, learner, now, accessUntil)
                    : Enrolment.enrolByStaff(EnrolmentId.random(), course, learner, access(course, learner, now), now,
                    accessUntil);
            if (result instanceof EnrolmentResult.Applied applied) {
                enrolments.insert(applied.enrolment());
            }
            return result;
        });
    }

    @Override
    public EnrolmentResult withdraw(Caller caller, EnrolmentId id, String reason) {
        caller.require(Permission.ENROLMENTS_MANAGE);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> save(locked(id).withdraw(reason, now)));
    }

    @Override
    public LessonCompletionResult recordLesson(Caller caller, EnrolmentId id, LessonId lesson) {
        caller.require(Permission.ENROLMENTS_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> complete(caller, locked(id), lesson, CompletedBy.STAFF));
    }

    @Override
    public List<EnrolmentView> listByCourse(Caller caller, CourseId courseId) {
        caller.require(Permission.COURSES_VIEW);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            course(courseId);
            return enrolments.listByCourse(courseId).stream().map(e -> view(e, now)).toList();
        });
    }

    @Override
    public EnrolmentView get(Caller caller, EnrolmentId id) {
        caller.require(Permission.COURSES_VIEW);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> view(enrolments.find(id)
                .orElseThrow(() -> new NotFoundException("enrolment", id)), now));
    }

    @Override
    public List<EnrolmentView> myCourses(Caller caller) {
        caller.require(Permission.LEARN);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> enrolments.listByLearner(caller.userId()).stream()
                .map(e -> view(e, now)).toList());
    }

    @Override
    public EnrolmentView myCourse(Caller caller, CourseId course) {
        caller.require(Permission.LEARN);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> view(own(caller, course), now));
    }

    @Override
    public CourseDetails content(Caller caller, CourseId courseId) {
        caller.require(Permission.LEARN);
        return tx.inTenant(caller.tenantId(), () -> {
            Enrolment enrolment = own(caller, courseId);
            Optional<CourseVersion> current = courses.currentVersion(courseId);
            Optional<CourseVersion> followed = current.flatMap(v -> v.number() == enrolment.progressVersion(v.number())
                    ? Optional.of(v) : courses.findVersion(courseId, enrolment.progressVersion(v.number())));
            return new CourseDetails(course(courseId), followed);
        });
    }

    @Override
    public EnrolmentResult selfEnrol(Caller caller, CourseId courseId) {
        caller.require(Permission.LEARN);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            Course course = course(courseId);
            EnrolmentResult result = Enrolment.selfEnrol(EnrolmentId.random(), course, caller.userId(),
                    access(course, caller.userId(), now), now, Optional.empty());
            if (result instanceof EnrolmentResult.Applied applied) {
                enrolments.insert(applied.enrolment());
            }
            return result;
        });
    }

    @Override
    public EnrolmentResult accept(Caller caller, CourseId courseId) {
        caller.require(Permission.LEARN);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            Enrolment enrolment = lockedOwn(caller, courseId);
            return save(enrolment.accept(access(course(courseId), caller.userId(), now), now));
        });
    }

    @Override
    public LessonCompletionResult completeLesson(Caller caller, CourseId courseId, LessonId lesson) {
        caller.require(Permission.LEARN);
        return tx.inTenant(caller.tenantId(), () -> complete(caller, lockedOwn(caller, courseId), lesson,
                CompletedBy.LEARNER));
    }

    /**
     * Records the completion on an active enrolment's current version (a lesson already completed answers the first
     * record, whatever the enrolment's state now, so a retried or doubled request is harmless), then completes the
     * enrolment if that was the last thing its version required (a theory pass already earned counts) and issues the
     * certificate in the same transaction.
     */
    private LessonCompletionResult complete(Caller caller, Enrolment enrolment, LessonId lessonId, CompletedBy by) {
        Instant now = clock.instant();
        CourseVersion version = courses.currentVersion(enrolment.course())
                .orElseThrow(() -> new NotFoundException("lesson", lessonId));
        Lesson lesson = version.lesson(lessonId).orElseThrow(() -> new NotFoundException("lesson", lessonId));
        Optional<LessonCompletion> already = completions.listFor(enrolment.course(), enrolment.learner()).stream()
                .filter(done -> done.lesson().equals(lessonId)).findFirst();
        if (already.isPresent()) {
            return new LessonCompletionResult.Recorded(already.get());
        }
        EnrolmentStatus status = enrolment.statusAt(now);
        if (status != EnrolmentStatus.ACTIVE) {
            throw new InvalidInputException("enrolment", "is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + ", so lessons cannot be recorded");
        }
        LessonCompletionResult result = LessonCompletion.record(lesson, enrolment.learner(), by, now);
        if (result instanceof LessonCompletionResult.Recorded recorded) {
            completions.record(enrolment.course(), recorded.completion());
            completion.completeIfDone(caller.tenantId(), enrolment, now);
        }
        return result;
    }

    private EnrolmentResult save(EnrolmentResult result) {
        if (result instanceof EnrolmentResult.Applied applied) {
            enrolments.update(applied.enrolment());
        }
        return result;
    }

    private EnrolmentView view(Enrolment enrolment, Instant now) {
        Course course = course(enrolment.course());
        Optional<CourseVersion> followed = courses.currentVersion(enrolment.course())
                .flatMap(current -> current.number() == enrolment.progressVersion(current.number())
                        ? Optional.of(current)
                        : courses.findVersion(enrolment.course(), enrolment.progressVersion(current.number())));
        Set<LessonId> done = completed(enrolment);
        return new EnrolmentView(enrolment, course, enrolment.statusAt(now),
                followed.map(version -> Progress.of(version, done)));
    }

    private Set<LessonId> completed(Enrolment enrolment) {
        return completion.completedLessons(enrolment);
    }

    private AccessDecision access(Course course, UserId learner, Instant now) {
        Set<CourseId> completedCourses = enrolments.listByLearner(learner).stream()
                .filter(e -> e.status() == EnrolmentStatus.COMPLETED).map(Enrolment::course)
                .collect(Collectors.toSet());
        return course.prerequisites().evaluate(new LearnerFacts(completedCourses, registrations.listFor(learner),
                Map.of(), now));
    }

    private Course course(CourseId id) {
        return courses.find(id).orElseThrow(() -> new NotFoundException("course", id));
    }

    private Enrolment locked(EnrolmentId id) {
        return enrolments.findForUpdate(id).orElseThrow(() -> new NotFoundException("enrolment", id));
    }

    private Enrolment own(Caller caller, CourseId course) {
        return enrolments.findByLearner(course, caller.userId())
                .orElseThrow(() -> new NotFoundException("enrolment in course", course));
    }

    private Enrolment lockedOwn(Caller caller, CourseId course) {
        return locked(own(caller, course).id());
    }
}
