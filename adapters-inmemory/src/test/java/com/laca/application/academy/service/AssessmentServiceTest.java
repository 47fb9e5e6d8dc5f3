package com.laca.application.academy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.academy.assessment.AttemptOverride;
import com.laca.domain.academy.assessment.LearnerOverride;
import com.laca.application.academy.port.in.GrantOverrideCommand;
import com.laca.adapter.inmemory.academy.InMemoryAcademy;
import com.laca.application.academy.port.in.AssessmentDraft;
import com.laca.application.academy.port.in.CertificateView;
import com.laca.application.academy.port.in.CourseDraft;
import com.laca.application.academy.port.in.EssayToGrade;
import com.laca.application.academy.port.in.RegradeCommand;
import com.laca.application.academy.port.in.RegradePreview;
import com.laca.application.academy.port.in.VersionDraft;
import com.laca.application.academy.port.out.AcademyDirectory;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.ModuleId;
import com.laca.domain.academy.Profession;
import com.laca.domain.academy.access.AccessRule;
import com.laca.domain.academy.assessment.AssessmentKind;
import com.laca.domain.academy.assessment.AttemptRefusal;
import com.laca.domain.academy.assessment.AttemptResult;
import com.laca.domain.academy.assessment.AttemptRules;
import com.laca.domain.academy.assessment.AttemptState;
import com.laca.domain.academy.assessment.Blueprint;
import com.laca.domain.academy.assessment.CourseAssessment;
import com.laca.domain.academy.assessment.LearnerReview;
import com.laca.domain.academy.assessment.QuestionBank;
import com.laca.domain.academy.assessment.QuestionSlot;
import com.laca.domain.academy.certificate.CertificateStatus;
import com.laca.domain.academy.certificate.RegradeAction;
import com.laca.domain.academy.course.CompletionRequirements;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseLevel;
import com.laca.domain.academy.course.CourseModule;
import com.laca.domain.academy.course.CpdFacts;
import com.laca.domain.academy.course.Lesson;
import com.laca.domain.academy.course.LessonContent;
import com.laca.domain.academy.enrolment.EnrolmentStatus;
import com.laca.domain.academy.grading.GradingMethod;
import com.laca.domain.academy.grading.GradingScheme;
import com.laca.domain.academy.question.Choice;
import com.laca.domain.academy.question.EssayQuestion;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.Response;
import com.laca.domain.academy.question.SingleChoiceQuestion;
import com.laca.domain.academy.question.TrueFalseQuestion;
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

@DisplayName("Assessments: staff author, trainees attempt on the server's clock, instructors mark and regrade")
class AssessmentServiceTest {

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final InMemoryAcademy academy = new InMemoryAcademy(ports.tx());
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T09:00:00Z"));
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
    private final AssessmentService service = new AssessmentService(ports.tx(), academy.courses(),
            academy.enrolments(), academy.lessonCompletions(), academy.questionBanks(), academy.assessments(),
            academy.attempts(), ports.staffAccounts(), academy.certificates(), directory, academy.caseLog(),
            academy.sittings(), academy.overrides(), new SecureRandom(), clock);
    private final CertificateService certificates = new CertificateService(ports.tx(), academy.certificates(),
            academy.enrolments(), directory, document -> new byte[] {'%', 'P', 'D', 'F'}, new SecureRandom(),
            clock);
    private final Caller instructor = new Caller(UserId.random(), tenant, Set.of(Role.INSTRUCTOR));
    private final UserId traineeId = UserId.random();
    private final Caller trainee = new Caller(traineeId, tenant, Set.of(Role.STUDENT));
    private final LessonId reading = LessonId.random();

    AssessmentServiceTest() {
        ports.tx().inTenant(tenant, () -> {
            ports.tenants().insert(new Tenant(tenant, new TenantSlug("glow-academy"), "Glow",
                    ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0));
            ports.staffAccounts().insert(new StaffAccount(traineeId, tenant, new EmailAddress("t@glow.test"),
                    "Dr Sam Lee", Set.of(Role.STUDENT), "hash", true));
            return null;
        });
    }

    /** A course whose version requires one reading and a pass in a summative exam of two questions (+ an essay). */
    private record Fixture(Course course, CourseAssessment exam, Question dose, Question safe, Question essay) {
    }

    private Fixture course(boolean withEssay, int attemptLimit, Optional<Duration> timeLimit) {
        Course course = courses.create(instructor, new CourseDraft("Foundation botulinum toxin", false,
                AccessRule.none()));
        QuestionBank bank = service.createBank(instructor, "Toxin basics");
        Question dose = service.addQuestion(instructor, bank.id(), key -> new SingleChoiceQuestion(key,
                "100 U in 2.5 ml: units in 0.1 ml?", Fraction.ONE, List.of(Choice.of("a", "4 U", Fraction.ONE),
                Choice.of("b", "2.5 U", Fraction.ZERO))));
        Question safe = service.addQuestion(instructor, bank.id(), key -> TrueFalseQuestion.of(key,
                "Hyaluronidase dissolves toxin.", Fraction.ONE, false));
        Question essay = service.addQuestion(instructor, bank.id(), key -> new EssayQuestion(key,
                "Describe the consent conversation.", Fraction.ONE, Optional.of("mentions risks")));
        List<QuestionSlot> slots = withEssay
                ? List.of(new QuestionSlot.Fixed(dose.id()), new QuestionSlot.Fixed(safe.id()),
                new QuestionSlot.Fixed(essay.id()))
                : List.of(new QuestionSlot.Fixed(dose.id()), new QuestionSlot.Fixed(safe.id()));
        AttemptRules rules = AttemptRules.unrestricted().withAttemptLimit(attemptLimit);
        if (timeLimit.isPresent()) {
            rules = rules.withTimeLimit(timeLimit.get());
        }
        CourseAssessment exam = service.createAssessment(instructor, new AssessmentDraft(course.id(),
                "Final exam", AssessmentKind.SUMMATIVE, GradingScheme.passingAt("60"), GradingMethod.HIGHEST,
                rules, Blueprint.inOrder(slots)));
        courses.publish(instructor, course.id(), new VersionDraft(List.of(new CourseModule(ModuleId.random(),
                "Module 1", List.of(new Lesson(reading, "Danger zones", true, new LessonContent.Reading("Read."))))),
                new CpdFacts(new BigDecimal("6"), BigDecimal.ONE, "CPD Certification Service", "CPD-1",
                        CourseLevel.FOUNDATION, Set.of(Profession.DOCTOR)),
                new CompletionRequirements(Optional.of(exam.assessment().id()), Optional.empty(), List.of()),
                Optional.empty()));
        enrolments.enrol(instructor, course.id(), traineeId, false, Optional.empty());
        return new Fixture(course, exam, dose, safe, essay);
    }

    private AttemptId started(Fixture f) {
        return ((AttemptResult.Applied) service.start(trainee, f.exam().assessment().id())).attempt().id();
    }

    private AttemptResult answer(AttemptId attempt, Question question, Response response) {
        int sequence = service.paper(trainee, attempt).attempt().sequence();
        return service.answer(trainee, attempt, question.id(), response, sequence);
    }

    @Test
    @DisplayName("A learner out of attempts gets one more and extra time by an instructor's override, with the reason")
    void overrideGivesAnotherAttemptWithExtraTime() {
        Fixture f = course(false, 1, Optional.of(Duration.ofMinutes(30)));
        service.finish(trainee, started(f));
        assertThat(service.start(trainee, f.exam().assessment().id()))
                .isInstanceOfSatisfying(AttemptResult.Refused.class, refused ->
                        assertThat(refused.reason()).isEqualTo(AttemptRefusal.ATTEMPT_LIMIT_REACHED));
        GrantOverrideCommand grant = new GrantOverrideCommand(f.exam().assessment().id(), traineeId,
                new AttemptOverride(Duration.ofMinutes(15), 1, Duration.ZERO), "Resit agreed after illness");
        assertThatThrownBy(() -> service.grantOverride(trainee, grant)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.grantOverride(instructor, new GrantOverrideCommand(
                f.exam().assessment().id(), instructor.userId(), AttemptOverride.none(), "Not enrolled")))
                .isInstanceOf(InvalidInputException.class);

        LearnerOverride granted = service.grantOverride(instructor, grant);

        assertThat(granted.grantedBy()).isEqualTo(instructor.userId());
        assertThat(service.overrides(instructor, f.exam().assessment().id())).containsExactly(granted);
        AttemptResult second = service.start(trainee, f.exam().assessment().id());
        assertThat(second).isInstanceOfSatisfying(AttemptResult.Applied.class, applied ->
                assertThat(applied.attempt().deadline()).contains(clock.instant().plus(Duration.ofMinutes(45))));
    }

    @Test
    @DisplayName("Lessons done and the exam passed: the course completes and one certificate is issued")
    void passCompletesTheCourse() {
        Fixture f = course(false, 0, Optional.empty());
        enrolments.completeLesson(trainee, f.course().id(), reading);
        assertThat(enrolments.myCourse(trainee, f.course().id()).status()).isEqualTo(EnrolmentStatus.ACTIVE);

        AttemptId attempt = started(f);
        answer(attempt, f.dose(), new Response.SelectedOption("a"));
        answer(attempt, f.safe(), new Response.TrueOrFalse(false));
        assertThat(service.finish(trainee, attempt)).isInstanceOf(AttemptResult.Applied.class);

        assertThat(enrolments.myCourse(trainee, f.course().id()).status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(certificates.mine(trainee)).hasSize(1);
        LearnerReview review = service.review(trainee, attempt);
        assertThat(review.passed()).contains(true);
        assertThat(review.items()).allSatisfy(item -> assertThat(item.answerKey()).isEmpty());
    }

    @Test
    @DisplayName("The CPD record lists the certified course's participatory and online hours with the public check "
            + "as evidence, and nothing once the certificate is revoked")
    void cpdRecord() {
        Fixture f = course(false, 0, Optional.empty());
        enrolments.completeLesson(trainee, f.course().id(), reading);
        AttemptId attempt = started(f);
        answer(attempt, f.dose(), new Response.SelectedOption("a"));
        answer(attempt, f.safe(), new Response.TrueOrFalse(false));
        service.finish(trainee, attempt);

        var record = certificates.myCpdRecord(trainee);
        assertThat(record).hasSize(2);
        assertThat(record).extracting(e -> e.hours().toPlainString()).containsExactlyInAnyOrder("1", "5");
        assertThat(record).allSatisfy(e -> {
            assertThat(e.topic()).isEqualTo("Foundation botulinum toxin");
            assertThat(e.evidence().toString()).startsWith("public/").endsWith("/page");
        });
        CertificateView certificate = certificates.mine(trainee).get(0);
        certificates.revoke(new Caller(UserId.random(), tenant, Set.of(Role.OWNER)), certificate.certificate().id(),
                "issued in error");
        assertThat(certificates.myCpdRecord(trainee)).isEmpty();
    }

    @Test
    @DisplayName("A pass before the last lesson completes the course when the lesson is done")
    void passThenLesson() {
        Fixture f = course(false, 0, Optional.empty());
        AttemptId attempt = started(f);
        answer(attempt, f.dose(), new Response.SelectedOption("a"));
        answer(attempt, f.safe(), new Response.TrueOrFalse(false));
        service.finish(trainee, attempt);
        assertThat(enrolments.myCourse(trainee, f.course().id()).status()).isEqualTo(EnrolmentStatus.ACTIVE);

        enrolments.completeLesson(trainee, f.course().id(), reading);
        assertThat(enrolments.myCourse(trainee, f.course().id()).status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(certificates.mine(trainee)).hasSize(1);
    }

    @Test
    @DisplayName("Finishing twice grades once; a stale sequence and an answer after finishing are refused")
    void finishTwiceAndStale() {
        Fixture f = course(false, 0, Optional.empty());
        AttemptId attempt = started(f);
        assertThat(service.answer(trainee, attempt, f.dose().id(), new Response.SelectedOption("a"), 0))
                .isInstanceOf(AttemptResult.Applied.class);
        assertThat(service.answer(trainee, attempt, f.safe().id(), new Response.TrueOrFalse(false), 0))
                .isInstanceOfSatisfying(AttemptResult.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(AttemptRefusal.STALE_SEQUENCE));
        AttemptResult first = service.finish(trainee, attempt);
        AttemptResult second = service.finish(trainee, attempt);
        assertThat(second).isInstanceOfSatisfying(AttemptResult.AlreadyFinished.class,
                again -> assertThat(again.attempt()).isEqualTo(((AttemptResult.Applied) first).attempt()));
        assertThat(service.answer(trainee, attempt, f.safe().id(), new Response.TrueOrFalse(false), 1))
                .isInstanceOfSatisfying(AttemptResult.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(AttemptRefusal.ALREADY_FINISHED));
    }

    @Test
    @DisplayName("The deadline is the server's: an answer past deadline + grace is refused and the job finishes it")
    void deadlineAndJob() {
        Fixture f = course(false, 0, Optional.of(Duration.ofMinutes(30)));
        AttemptId attempt = started(f);
        clock.advance(Duration.ofMinutes(30).plusSeconds(30));
        assertThat(answer(attempt, f.dose(), new Response.SelectedOption("a"))).isInstanceOf(
                AttemptResult.Applied.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(answer(attempt, f.safe(), new Response.TrueOrFalse(false)))
                .isInstanceOfSatisfying(AttemptResult.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(AttemptRefusal.TIME_UP));
        assertThat(service.finishOverdue(tenant)).isEqualTo(1);
        assertThat(service.paper(trainee, attempt).attempt().state()).isEqualTo(AttemptState.GRADED);
        assertThat(service.finishOverdue(tenant)).isZero();
    }

    @Test
    @DisplayName("The attempt limit holds; another trainee's attempt is not found")
    void limitsAndOwnership() {
        Fixture f = course(false, 1, Optional.empty());
        AttemptId attempt = started(f);
        service.finish(trainee, attempt);
        assertThat(service.start(trainee, f.exam().assessment().id()))
                .isInstanceOfSatisfying(AttemptResult.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(AttemptRefusal.ATTEMPT_LIMIT_REACHED));
        Caller other = new Caller(UserId.random(), tenant, Set.of(Role.STUDENT));
        assertThatThrownBy(() -> service.paper(other, attempt))
                .isInstanceOf(com.laca.application.shared.NotFoundException.class);
        assertThatThrownBy(() -> service.start(instructor, f.exam().assessment().id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("An essay waits in the queue, never counts as 0, and its mark completes the course")
    void essayQueue() {
        Fixture f = course(true, 0, Optional.empty());
        enrolments.completeLesson(trainee, f.course().id(), reading);
        AttemptId attempt = started(f);
        answer(attempt, f.dose(), new Response.SelectedOption("b"));
        answer(attempt, f.safe(), new Response.TrueOrFalse(false));
        answer(attempt, f.essay(), new Response.Text("I explain the risks and alternatives."));
        service.finish(trainee, attempt);
        assertThat(service.paper(trainee, attempt).attempt().state()).isEqualTo(AttemptState.AWAITING_GRADING);
        List<EssayToGrade> queue = service.gradingQueue(instructor, f.exam().assessment().id());
        assertThat(queue).singleElement().satisfies(e -> assertThat(e.answer()).contains(
                "I explain the risks and alternatives."));
        assertThat(enrolments.myCourse(trainee, f.course().id()).status()).isEqualTo(EnrolmentStatus.ACTIVE);

        service.gradeEssay(instructor, attempt, f.essay().id(), Fraction.ONE, Optional.of("Good."));
        assertThat(service.gradingQueue(instructor, f.exam().assessment().id())).isEmpty();
        assertThat(enrolments.myCourse(trainee, f.course().id()).status()).isEqualTo(EnrolmentStatus.COMPLETED);
    }

    @Test
    @DisplayName("A regrade's dry run changes nothing; applied, the learner fails, the course reopens, the "
            + "certificate is suspended and an audit entry is kept; a changed plan is refused")
    void regrade() {
        Fixture f = course(false, 0, Optional.empty());
        enrolments.completeLesson(trainee, f.course().id(), reading);
        AttemptId attempt = started(f);
        answer(attempt, f.dose(), new Response.SelectedOption("a"));
        answer(attempt, f.safe(), new Response.TrueOrFalse(false));
        service.finish(trainee, attempt);
        assertThat(certificates.mine(trainee)).singleElement().satisfies(c ->
                assertThat(c.status()).isEqualTo(CertificateStatus.VALID));

        // the key was wrong: 2.5 U is not the answer but neither is 4 U -- correct the dose question's key
        service.reviseQuestion(instructor, f.dose().id(), key -> new SingleChoiceQuestion(key,
                "100 U in 2.5 ml: units in 0.1 ml?", Fraction.ONE, List.of(Choice.of("a", "4 U", Fraction.ZERO),
                Choice.of("b", "2.5 U", Fraction.ONE))));
        RegradeCommand command = new RegradeCommand(Set.of(f.dose().id()), Optional.empty(), RegradeAction.SUSPEND,
                "answer key corrected");
        RegradePreview dryRun = service.regradeDryRun(instructor, f.exam().assessment().id(), command);
        assertThat(dryRun.plan().learnerChanges()).singleElement().satisfies(c -> assertThat(c.losesPass()).isTrue());
        assertThat(enrolments.myCourse(trainee, f.course().id()).status()).isEqualTo(EnrolmentStatus.COMPLETED);

        assertThatThrownBy(() -> service.applyRegrade(instructor, f.exam().assessment().id(), command, "stale"))
                .isInstanceOf(ConflictException.class);
        RegradePreview applied = service.applyRegrade(instructor, f.exam().assessment().id(), command,
                dryRun.fingerprint());

        assertThat(applied.applied()).isTrue();
        assertThat(service.attempt(instructor, attempt).attempt().grade().orElseThrow().toString()).contains("50");
        assertThat(enrolments.myCourse(trainee, f.course().id()).status()).isEqualTo(EnrolmentStatus.ACTIVE);
        CertificateView certificate = certificates.mine(trainee).get(0);
        assertThat(certificate.status()).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(service.regradeAudits(instructor, f.exam().assessment().id())).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("answer key corrected"));
    }

    @Test
    @DisplayName("A bank too small for its slot is refused when the assessment is created")
    void bankTooSmall() {
        Course course = courses.create(instructor, new CourseDraft("Peels", false, AccessRule.none()));
        QuestionBank bank = service.createBank(instructor, "Peels");
        service.addQuestion(instructor, bank.id(), key -> TrueFalseQuestion.of(key, "TCA is a peel.", Fraction.ONE,
                true));
        assertThatThrownBy(() -> service.createAssessment(instructor, new AssessmentDraft(course.id(), "Quiz",
                AssessmentKind.FORMATIVE, GradingScheme.passingAt("50"), GradingMethod.LAST,
                AttemptRules.unrestricted(), Blueprint.inOrder(List.of(new QuestionSlot.FromBank(bank.id(), 2))))))
                .isInstanceOf(com.laca.application.shared.InvalidInputException.class);
    }

    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
