package com.laca.application.academy.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.PersistenceContract;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.CaseLogEntryId;
import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.Verification;
import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.assessment.Assessment;
import com.laca.domain.academy.assessment.AssessmentKind;
import com.laca.domain.academy.assessment.Attempt;
import com.laca.domain.academy.assessment.AttemptOverride;
import com.laca.domain.academy.assessment.AttemptResult;
import com.laca.domain.academy.assessment.AttemptRules;
import com.laca.domain.academy.assessment.AttemptState;
import com.laca.domain.academy.assessment.Blueprint;
import com.laca.domain.academy.assessment.CourseAssessment;
import com.laca.domain.academy.assessment.LearnerOverride;
import com.laca.domain.academy.assessment.PinnedQuestion;
import com.laca.domain.academy.assessment.QuestionBank;
import com.laca.domain.academy.assessment.QuestionSlot;
import com.laca.domain.academy.assessment.RegradeAudit;
import com.laca.domain.academy.grading.GradingMethod;
import com.laca.domain.academy.grading.GradingScheme;
import com.laca.domain.academy.grading.ManualGrade;
import com.laca.domain.academy.grading.ScoreBand;
import com.laca.domain.academy.question.Choice;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.Response;
import com.laca.domain.academy.question.SingleChoiceQuestion;
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
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.ChecklistItem;
import com.laca.domain.academy.practice.OsceResult;
import com.laca.domain.academy.practice.PatientReference;
import com.laca.domain.academy.practice.SignOffDecision;
import com.laca.domain.academy.practice.SupervisorSignOff;
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
 * The contract of the academy's stores (courses and versions, enrolments, lesson completions, assessments, case
 * logs, OSCE sittings, registrations): every field reads back as written, versions, enrolments, cases and sittings
 * are unique where the rules say so, and tenant B never sees tenant A's.
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

    // --- issue 14 leftovers: question banks, assessments, attempts ---

    @Test
    @DisplayName("every question type, an assessment and an attempt (answered, finished, an essay marked) read back "
            + "as written; versions, attempt numbers unique; tenant B sees none of it")
    void assessmentsRoundTrip() {
        Course course = stored(tenantA, course("Toxin", AccessRule.none()));
        UserId learner = learner(tenantA);
        QuestionBank bank = new QuestionBank(QuestionBankId.random(), "Toxin basics");
        List<Question> questions = AllQuestionTypes.all();
        doInA(() -> {
            academy().questionBanks().insertBank(bank);
            questions.forEach(q -> academy().questionBanks().insertQuestion(bank.id(), q));
        });
        for (Question q : questions) {
            assertThat(inA(() -> academy().questionBanks().findQuestion(q.key()))).contains(q);
        }
        assertThat(inA(() -> academy().questionBanks().currentQuestions(bank.id()))).containsExactlyElementsOf(
                questions);
        Question first = questions.get(0);
        Question corrected = new SingleChoiceQuestion(first.key().next(), "Main muscle?", Fraction.ONE, List.of(
                Choice.of("a", "Corrugator", Fraction.ONE), Choice.of("b", "Frontalis", Fraction.ZERO)));
        doInA(() -> academy().questionBanks().insertQuestion(bank.id(), corrected));
        assertThat(inA(() -> academy().questionBanks().currentQuestion(first.id()))).contains(corrected);
        assertThat(inA(() -> academy().questionBanks().bankOf(first.id()))).contains(bank.id());
        assertThatThrownBy(() -> doInA(() -> academy().questionBanks().insertQuestion(bank.id(), corrected)))
                .isInstanceOf(ConflictException.class);

        Assessment assessment = new Assessment(AssessmentId.random(), "Final exam", AssessmentKind.SUMMATIVE,
                GradingScheme.passingAt("59.95").withBands(List.of(ScoreBand.from("0", "Revise"),
                        ScoreBand.from("90", "Excellent"))), GradingMethod.AVERAGE,
                AttemptRules.unrestricted().withAttemptLimit(3).withTimeLimit(Duration.ofMinutes(30)),
                new Blueprint(List.of(new QuestionSlot.Fixed(questions.get(7).id()),
                        new QuestionSlot.FromBank(bank.id(), 3)), true, true));
        CourseAssessment withCourse = new CourseAssessment(course.id(), assessment);
        doInA(() -> academy().assessments().insert(withCourse));
        assertThat(inA(() -> academy().assessments().find(assessment.id()))).contains(withCourse);
        assertThat(inA(() -> academy().assessments().listByCourse(course.id()))).containsExactly(withCourse);

        List<PinnedQuestion> paper = questions.stream().skip(1).map(q -> new PinnedQuestion(q.key(),
                q.shuffleableKeys())).toList();
        Attempt started = ((AttemptResult.Applied) Attempt.start(AttemptId.random(), assessment, learner, List.of(),
                AttemptOverride.none(), paper, T0)).attempt();
        doInA(() -> academy().attempts().insert(started));
        Attempt answered = ((AttemptResult.Applied) started.answer(questions.get(2).id(),
                new Response.TrueOrFalse(true), 0, questions.get(2), T0.plusSeconds(60))).attempt();
        answered = ((AttemptResult.Applied) answered.answer(questions.get(3).id(),
                Response.NumberWithUnit.parse("3.3 U"), 1, questions.get(3), T0.plusSeconds(61))).attempt();
        answered = ((AttemptResult.Applied) answered.answer(questions.get(7).id(),
                new Response.Text("Stop and dissolve."), 2, questions.get(7), T0.plusSeconds(62))).attempt();
        List<Question> pinned = questions.subList(1, questions.size());
        Attempt finished = ((AttemptResult.Applied) answered.finish(pinned, assessment.scheme(),
                T0.plusSeconds(120))).attempt();
        doInA(() -> academy().attempts().update(finished));
        assertThat(inA(() -> academy().attempts().find(started.id()))).contains(finished);
        Attempt marked = ((AttemptResult.Applied) finished.recordManualGrade(questions.get(7).id(),
                new ManualGrade(Fraction.of(4), learner, T0.plusSeconds(3_600), Optional.of("Good.")), pinned,
                assessment.scheme())).attempt();
        doInA(() -> academy().attempts().update(marked));
        assertThat(inA(() -> academy().attempts().findForUpdate(started.id()))).contains(marked);
        assertThat(inA(() -> academy().attempts().listByLearner(assessment.id(), learner))).containsExactly(marked);
        assertThat(inA(() -> academy().attempts().listByAssessmentForUpdate(assessment.id())))
                .containsExactly(marked);
        Attempt twin = new Attempt(AttemptId.random(), assessment.id(), learner, 1, T0, Optional.empty(),
                Duration.ofSeconds(30), paper, Map.of(), 0, AttemptState.IN_PROGRESS, Optional.empty(),
                Optional.empty(), Map.of(), Optional.empty());
        assertThatThrownBy(() -> doInA(() -> academy().attempts().insert(twin)))
                .isInstanceOf(ConflictException.class);

        Assessment repassed = new Assessment(assessment.id(), assessment.title(), assessment.kind(),
                GradingScheme.passingAt("70"), assessment.gradingMethod(), assessment.rules(),
                assessment.blueprint());
        doInA(() -> academy().assessments().update(repassed));
        assertThat(inA(() -> academy().assessments().find(assessment.id()))).contains(
                new CourseAssessment(course.id(), repassed));
        RegradeAudit audit = new RegradeAudit(assessment.id(), learner, T0.plusSeconds(7_200), "key corrected",
                "1 attempt regraded", List.of("Dr A: loses the pass"));
        doInA(() -> academy().assessments().insertAudit(audit));
        assertThat(inA(() -> academy().assessments().listAudits(assessment.id()))).containsExactly(audit);

        assertThat(inB(() -> academy().questionBanks().listBanks())).isEmpty();
        assertThat(inB(() -> academy().questionBanks().findQuestion(first.key()))).isEmpty();
        assertThat(inB(() -> academy().assessments().find(assessment.id()))).isEmpty();
        assertThat(inB(() -> academy().attempts().find(started.id()))).isEmpty();
    }

    @Test
    @DisplayName("an attempt past its cutoff and still in progress is listed for the closing job, others are not")
    void overdueAttempts() {
        Course course = stored(tenantA, course("Peels", AccessRule.none()));
        UserId learner = learner(tenantA);
        QuestionBank bank = new QuestionBank(QuestionBankId.random(), "Peels");
        Question question = AllQuestionTypes.all().get(2);
        doInA(() -> {
            academy().questionBanks().insertBank(bank);
            academy().questionBanks().insertQuestion(bank.id(), question);
        });
        Assessment timed = new Assessment(AssessmentId.random(), "Timed", AssessmentKind.FORMATIVE,
                GradingScheme.passingAt("50"), GradingMethod.LAST,
                AttemptRules.unrestricted().withTimeLimit(Duration.ofMinutes(10)),
                Blueprint.inOrder(List.of(new QuestionSlot.Fixed(question.id()))));
        doInA(() -> academy().assessments().insert(new CourseAssessment(course.id(), timed)));
        Attempt attempt = ((AttemptResult.Applied) Attempt.start(AttemptId.random(), timed, learner, List.of(),
                AttemptOverride.none(), List.of(new PinnedQuestion(question.key(), List.of())), T0)).attempt();
        doInA(() -> academy().attempts().insert(attempt));
        assertThat(inA(() -> academy().attempts().listOverdue(T0.plusSeconds(600 + 30)))).isEmpty();
        assertThat(inA(() -> academy().attempts().listOverdue(T0.plusSeconds(600 + 31)))).containsExactly(attempt);
        assertThat(inB(() -> academy().attempts().listOverdue(T0.plusSeconds(3_600)))).isEmpty();
    }

    @Test
    @DisplayName("a case reads back before and after its sign-off; the same case is stored once; per tenant")
    void caseLog() {
        Course course = stored(tenantA, course("Toxin", AccessRule.none()));
        UserId trainee = learner(tenantA);
        UserId supervisor = learner(tenantA);
        CaseLogEntry logged = new CaseLogEntry(CaseLogEntryId.random(), trainee, course.id(),
                Modality.PERFORMED_UNDER_SUPERVISION, "Glabella, 20 units", T0, new PatientReference("TOX-0042"),
                Set.of("risks"), Set.of("history", "photos"), Optional.of("Went well"), Optional.empty());
        doInA(() -> academy().caseLog().insert(logged));

        assertThat(inA(() -> academy().caseLog().find(logged.id()))).contains(logged);
        assertThat(inA(() -> academy().caseLog().findSame(trainee, course.id(), new PatientReference("TOX-0042"), T0,
                Modality.PERFORMED_UNDER_SUPERVISION))).contains(logged);
        assertThat(inA(() -> academy().caseLog().findSame(trainee, course.id(), new PatientReference("TOX-0042"), T0,
                Modality.OBSERVED))).isEmpty();
        assertThatThrownBy(() -> doInA(() -> academy().caseLog().insert(new CaseLogEntry(CaseLogEntryId.random(),
                trainee, course.id(), Modality.PERFORMED_UNDER_SUPERVISION, "Again", T0,
                new PatientReference("TOX-0042"), Set.of(), Set.of(), Optional.empty(), Optional.empty()))))
                .isInstanceOf(ConflictException.class);

        CaseLogEntry signed = new CaseLogEntry(logged.id(), trainee, course.id(), logged.modality(),
                logged.procedure(), T0, logged.patient(), logged.consentTicked(), logged.consultationTicked(),
                logged.reflection(), Optional.of(new SupervisorSignOff(supervisor,
                ProfessionalRegistration.claimed(RegulatoryBody.NMC, "01A2345N").verified(new Verification(
                        supervisor, T0.minusSeconds(60))), SignOffDecision.DECLINED, T0.plusSeconds(3_600),
                Optional.of("Not present"))));
        doInA(() -> academy().caseLog().update(signed));

        assertThat(inA(() -> academy().caseLog().findForUpdate(logged.id()))).contains(signed);
        assertThat(inA(() -> academy().caseLog().listFor(course.id(), trainee))).containsExactly(signed);
        assertThat(inA(() -> academy().caseLog().listByCourse(course.id()))).containsExactly(signed);
        assertThat(inB(() -> academy().caseLog().find(logged.id()))).isEmpty();
        assertThat(inB(() -> academy().caseLog().listByCourse(course.id()))).isEmpty();
    }

    @Test
    @DisplayName("OSCE sittings read back in order, each number once per trainee and station; per tenant")
    void osceSittings() {
        Course course = stored(tenantA, course("Toxin", AccessRule.none()));
        UserId trainee = learner(tenantA);
        UserId examiner = learner(tenantA);
        OsceStationId station = OsceStationId.random();
        OsceResult failed = new OsceResult(1, false, examiner, T0, Optional.of("Missed the allergy question"));
        OsceResult passed = new OsceResult(2, true, examiner, T0.plusSeconds(86_400), Optional.empty());
        doInA(() -> {
            academy().sittings().insert(course.id(), station, trainee, passed);
            academy().sittings().insert(course.id(), station, trainee, failed);
        });

        assertThat(inA(() -> academy().sittings().listFor(course.id(), station, trainee)))
                .containsExactly(failed, passed);
        assertThat(inA(() -> academy().sittings().listFor(course.id(), OsceStationId.random(), trainee))).isEmpty();
        assertThatThrownBy(() -> doInA(() -> academy().sittings().insert(course.id(), station, trainee,
                new OsceResult(2, false, examiner, T0, Optional.empty())))).isInstanceOf(ConflictException.class);
        assertThat(inB(() -> academy().sittings().listFor(course.id(), station, trainee))).isEmpty();
    }

    @Test
    @DisplayName("a registration reads back claimed, then verified; one per person and register; per tenant")
    void registrations() {
        UserId person = learner(tenantA);
        ProfessionalRegistration claimed = ProfessionalRegistration.claimed(RegulatoryBody.GMC, "1234567");
        ProfessionalRegistration nurse = ProfessionalRegistration.claimed(RegulatoryBody.NMC, "01A2345N");
        doInA(() -> {
            academy().registrations().save(person, claimed);
            academy().registrations().save(person, nurse);
        });
        ProfessionalRegistration verified = claimed.verified(new Verification(learner(tenantA), T0));
        doInA(() -> academy().registrations().save(person, verified));

        assertThat(inA(() -> academy().registrations().find(person, RegulatoryBody.GMC))).contains(verified);
        assertThat(inA(() -> academy().registrations().listFor(person))).containsExactly(verified, nurse);
        assertThat(inA(() -> academy().registrations().find(person, RegulatoryBody.GDC))).isEmpty();
        assertThat(inB(() -> academy().registrations().listFor(person))).isEmpty();
    }

    @Test
    @DisplayName("a learner's override reads back and a new grant replaces it; one per learner and assessment")
    void overrides() {
        Course course = stored(tenantA, course("Toxin", AccessRule.none()));
        UserId learner = learner(tenantA);
        UserId instructor = learner(tenantA);
        QuestionBank bank = new QuestionBank(QuestionBankId.random(), "Toxin");
        Question question = AllQuestionTypes.all().get(2);
        Assessment assessment = new Assessment(AssessmentId.random(), "Final", AssessmentKind.SUMMATIVE,
                GradingScheme.passingAt("70"), GradingMethod.HIGHEST, AttemptRules.unrestricted().withAttemptLimit(1),
                Blueprint.inOrder(List.of(new QuestionSlot.Fixed(question.id()))));
        doInA(() -> {
            academy().questionBanks().insertBank(bank);
            academy().questionBanks().insertQuestion(bank.id(), question);
            academy().assessments().insert(new CourseAssessment(course.id(), assessment));
        });
        LearnerOverride first = new LearnerOverride(assessment.id(), learner, new AttemptOverride(
                Duration.ofMinutes(15), 1, Duration.ofDays(2)), instructor, T0, "Dyslexia: extra time");
        doInA(() -> academy().overrides().save(first));
        assertThat(inA(() -> academy().overrides().find(assessment.id(), learner))).contains(first);

        LearnerOverride second = new LearnerOverride(assessment.id(), learner, new AttemptOverride(Duration.ZERO, 2),
                instructor, T0.plusSeconds(60), "Resit agreed");
        doInA(() -> academy().overrides().save(second));

        assertThat(inA(() -> academy().overrides().listFor(assessment.id()))).containsExactly(second);
        assertThat(inA(() -> academy().overrides().find(assessment.id(), instructor))).isEmpty();
        assertThat(inB(() -> academy().overrides().listFor(assessment.id()))).isEmpty();
    }
}
