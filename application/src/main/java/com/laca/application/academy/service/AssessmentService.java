package com.laca.application.academy.service;

import com.laca.application.academy.port.in.AssessmentDraft;
import com.laca.application.academy.port.in.AttemptPaper;
import com.laca.application.academy.port.in.CloseOverdueAttemptsUseCase;
import com.laca.application.academy.port.in.EssayToGrade;
import com.laca.application.academy.port.in.GradeAssessmentsUseCase;
import com.laca.application.academy.port.in.GrantOverrideCommand;
import com.laca.application.academy.port.in.ManageAssessmentsUseCase;
import com.laca.application.academy.port.in.OverrideAttemptsUseCase;
import com.laca.application.academy.port.in.QuestionDraft;
import com.laca.application.academy.port.in.RegradeCommand;
import com.laca.application.academy.port.in.RegradePreview;
import com.laca.application.academy.port.in.TakeAssessmentUseCase;
import com.laca.application.academy.port.out.AcademyDirectory;
import com.laca.application.academy.port.out.AssessmentRepository;
import com.laca.application.academy.port.out.AttemptOverrideRepository;
import com.laca.application.academy.port.out.AttemptRepository;
import com.laca.application.academy.port.out.CaseLogRepository;
import com.laca.application.academy.port.out.CertificateRepository;
import com.laca.application.academy.port.out.CourseRepository;
import com.laca.application.academy.port.out.EnrolmentRepository;
import com.laca.application.academy.port.out.LessonCompletionRepository;
import com.laca.application.academy.port.out.OsceSittingRepository;
import com.laca.application.academy.port.out.QuestionBankRepository;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.assessment.Assessment;
import com.laca.domain.academy.assessment.Attempt;
import com.laca.domain.academy.assessment.AttemptOverride;
import com.laca.domain.academy.assessment.LearnerOverride;
import com.laca.domain.academy.assessment.AttemptResult;
import com.laca.domain.academy.assessment.AttemptState;
import com.laca.domain.academy.assessment.CourseAssessment;
import com.laca.domain.academy.assessment.LearnerReview;
import com.laca.domain.academy.assessment.PaperDrawer;
import com.laca.domain.academy.assessment.PinnedQuestion;
import com.laca.domain.academy.assessment.QuestionBank;
import com.laca.domain.academy.assessment.QuestionPool;
import com.laca.domain.academy.assessment.QuestionSlot;
import com.laca.domain.academy.assessment.Regrade;
import com.laca.domain.academy.assessment.RegradeAudit;
import com.laca.domain.academy.assessment.RegradePlan;
import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.RegradeConsequences;
import com.laca.domain.academy.certificate.RegradeImpact;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.academy.enrolment.EnrolmentStatus;
import com.laca.domain.academy.grading.AttemptGrade;
import com.laca.domain.academy.grading.GradingScheme;
import com.laca.domain.academy.grading.ManualGrade;
import com.laca.domain.academy.question.EssayQuestion;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;
import com.laca.domain.academy.question.Response;
import com.laca.domain.identity.Permission;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Question banks, assessments, attempts, essay marking and regrades. Attempts change under a row lock (then the
 * enrolment's, always in that order), so concurrent answers and finishes queue: the second finish reads the first and
 * grades nothing; a finish, a marked essay or a regrade that makes the theory a pass completes the course and issues
 * the certificate in the same transaction. Papers are drawn with a {@link SecureRandom}; time comes from the clock.
 */
public final class AssessmentService implements ManageAssessmentsUseCase, TakeAssessmentUseCase,
        GradeAssessmentsUseCase, CloseOverdueAttemptsUseCase, OverrideAttemptsUseCase {

    private final TransactionRunner tx;
    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final QuestionBankRepository banks;
    private final AssessmentRepository assessments;
    private final AttemptRepository attempts;
    private final CertificateRepository certificates;
    private final AttemptOverrideRepository overrides;
    private final CourseCompletion completion;
    private final SecureRandom random;
    private final Clock clock;

    /** @param random the source of papers and certificates' verification codes */
    public AssessmentService(TransactionRunner tx, CourseRepository courses, EnrolmentRepository enrolments,
                             LessonCompletionRepository completions, QuestionBankRepository banks,
                             AssessmentRepository assessments, AttemptRepository attempts,
                             StaffAccountRepository accounts, CertificateRepository certificates,
                             AcademyDirectory directory, CaseLogRepository caseLog, OsceSittingRepository sittings,
                             AttemptOverrideRepository overrides, SecureRandom random, Clock clock) {
        this.tx = tx;
        this.courses = courses;
        this.enrolments = enrolments;
        this.banks = banks;
        this.assessments = assessments;
        this.attempts = attempts;
        this.certificates = certificates;
        this.overrides = overrides;
        this.completion = new CourseCompletion(courses, enrolments, completions, assessments, attempts, accounts,
                certificates, directory, caseLog, sittings, random);
        this.random = random;
        this.clock = clock;
    }

    // ---- authoring ----

    @Override
    public QuestionBank createBank(Caller caller, String title) {
        caller.require(Permission.COURSES_MANAGE);
        QuestionBank bank = valid("title", () -> new QuestionBank(QuestionBankId.random(), title));
        return tx.inTenant(caller.tenantId(), () -> {
            banks.insertBank(bank);
            return bank;
        });
    }

    @Override
    public List<QuestionBank> banks(Caller caller) {
        caller.require(Permission.COURSES_VIEW);
        return tx.inTenant(caller.tenantId(), banks::listBanks);
    }

    @Override
    public List<Question> questions(Caller caller, QuestionBankId bank) {
        // the questions carry their answer keys: only those who write and run exams may read them
        caller.require(Permission.COURSES_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            bank(bank);
            return banks.currentQuestions(bank);
        });
    }

    @Override
    public Question addQuestion(Caller caller, QuestionBankId bank, QuestionDraft draft) {
        caller.require(Permission.COURSES_MANAGE);
        Question question = valid("question", () -> draft.withKey(new QuestionKey(QuestionId.random(), 1)));
        return tx.inTenant(caller.tenantId(), () -> {
            bank(bank);
            banks.insertQuestion(bank, question);
            return question;
        });
    }

    @Override
    public Question reviseQuestion(Caller caller, QuestionId id, QuestionDraft draft) {
        caller.require(Permission.COURSES_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            Question current = banks.currentQuestion(id).orElseThrow(() -> new NotFoundException("question", id));
            QuestionBankId bank = banks.bankOf(id).orElseThrow(() -> new NotFoundException("question", id));
            Question revised = valid("question", () -> draft.withKey(current.key().next()));
            banks.insertQuestion(bank, revised);
            return revised;
        });
    }

    @Override
    public CourseAssessment createAssessment(Caller caller, AssessmentDraft draft) {
        caller.require(Permission.COURSES_MANAGE);
        Assessment assessment = valid("assessment", () -> new Assessment(AssessmentId.random(), draft.title(),
                draft.kind(), draft.scheme(), draft.gradingMethod(), draft.rules(), draft.blueprint()));
        return tx.inTenant(caller.tenantId(), () -> {
            courses.find(draft.course()).orElseThrow(() -> new NotFoundException("course", draft.course()));
            QuestionPool pool = pool(assessment);
            // one paper drawn now proves every slot can be filled (a bank too small is refused here, not at start)
            valid("blueprint", () -> PaperDrawer.draw(assessment.blueprint(), pool, Set.of(), random));
            CourseAssessment created = new CourseAssessment(draft.course(), assessment);
            assessments.insert(created);
            return created;
        });
    }

    @Override
    public CourseAssessment assessment(Caller caller, AssessmentId id) {
        caller.require(Permission.COURSES_VIEW);
        return tx.inTenant(caller.tenantId(), () -> found(id));
    }

    @Override
    public List<CourseAssessment> assessments(Caller caller, CourseId course) {
        caller.require(Permission.COURSES_VIEW);
        return tx.inTenant(caller.tenantId(), () -> assessments.listByCourse(course));
    }

    // ---- the trainee ----

    @Override
    public List<CourseAssessment> assessmentsOf(Caller caller, CourseId course) {
        caller.require(Permission.LEARN);
        return tx.inTenant(caller.tenantId(), () -> {
            enrolments.findByLearner(course, caller.userId())
                    .orElseThrow(() -> new NotFoundException("enrolment in course", course));
            return assessments.listByCourse(course);
        });
    }

    @Override
    public AttemptResult start(Caller caller, AssessmentId id) {
        caller.require(Permission.LEARN);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            CourseAssessment found = found(id);
            // the enrolment's lock makes two starts by the same learner queue, so they never both make attempt n
            Enrolment enrolment = enrolments.findByLearner(found.course(), caller.userId())
                    .flatMap(e -> enrolments.findForUpdate(e.id()))
                    .orElseThrow(() -> new NotFoundException("assessment", id));
            EnrolmentStatus status = enrolment.statusAt(now);
            if (status != EnrolmentStatus.ACTIVE) {
                throw new InvalidInputException("enrolment", "is " + status.name().toLowerCase(java.util.Locale.ROOT)
                        + ", so no attempt can be started");
            }
            Assessment assessment = found.assessment();
            List<Attempt> previous = attempts.listByLearner(id, caller.userId());
            Set<QuestionId> seen = new HashSet<>();
            previous.forEach(earlier -> seen.addAll(earlier.questionIds()));
            List<PinnedQuestion> paper = PaperDrawer.draw(assessment.blueprint(), pool(assessment), seen, random);
            AttemptOverride override = overrides.find(id, caller.userId()).map(LearnerOverride::override)
                    .orElse(AttemptOverride.none());
            AttemptResult result = Attempt.start(AttemptId.random(), assessment, caller.userId(), previous,
                    override, paper, now);
            if (result instanceof AttemptResult.Applied applied) {
                attempts.insert(applied.attempt());
            }
            return result;
        });
    }

    // ---- per-learner overrides ----

    @Override
    public LearnerOverride grantOverride(Caller caller, GrantOverrideCommand command) {
        caller.require(Permission.ASSESSMENTS_GRADE);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            CourseAssessment found = found(command.assessment());
            enrolments.findByLearner(found.course(), command.learner()).orElseThrow(() ->
                    new InvalidInputException("learnerId", "must be enrolled on the assessment's course"));
            LearnerOverride granted = new LearnerOverride(command.assessment(), command.learner(),
                    command.override(), caller.userId(), now, command.reason());
            overrides.save(granted);
            return granted;
        });
    }

    @Override
    public List<LearnerOverride> overrides(Caller caller, AssessmentId assessment) {
        caller.require(Permission.ASSESSMENTS_GRADE);
        return tx.inTenant(caller.tenantId(), () -> {
            found(assessment);
            return overrides.listFor(assessment);
        });
    }

    @Override
    public AttemptResult answer(Caller caller, AttemptId id, QuestionId question, Response response,
                                int expectedSequence) {
        caller.require(Permission.LEARN);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            Attempt attempt = lockedOwn(caller, id);
            List<Question> pinned = pinned(attempt);
            Question target = pinned.stream().filter(q -> q.id().equals(question)).findFirst()
                    .orElse(pinned.get(0)); // a question not on the paper is refused (NOT_ON_PAPER) before use
            AttemptResult result = attempt.answer(question, response, expectedSequence, target, now);
            if (result instanceof AttemptResult.Applied applied) {
                attempts.update(applied.attempt());
            }
            return result;
        });
    }

    @Override
    public AttemptResult finish(Caller caller, AttemptId id) {
        caller.require(Permission.LEARN);
        return tx.inTenant(caller.tenantId(), () -> finishLocked(caller.tenantId(), lockedOwn(caller, id)));
    }

    @Override
    public AttemptPaper paper(Caller caller, AttemptId id) {
        caller.require(Permission.LEARN);
        return tx.inTenant(caller.tenantId(), () -> paperOf(own(caller, id)));
    }

    @Override
    public LearnerReview review(Caller caller, AttemptId id) {
        caller.require(Permission.LEARN);
        return tx.inTenant(caller.tenantId(), () -> {
            Attempt attempt = own(caller, id);
            if (!attempt.state().isFinished()) {
                throw new InvalidInputException("attempt", "is still in progress; finish it to see the result");
            }
            return LearnerReview.of(attempt, pinned(attempt), found(attempt.assessment()).assessment().kind());
        });
    }

    @Override
    public List<AttemptPaper> myAttempts(Caller caller, AssessmentId assessment) {
        caller.require(Permission.LEARN);
        return tx.inTenant(caller.tenantId(), () -> {
            CourseAssessment found = found(assessment);
            enrolments.findByLearner(found.course(), caller.userId())
                    .orElseThrow(() -> new NotFoundException("assessment", assessment));
            return attempts.listByLearner(assessment, caller.userId()).stream().map(this::paperOf).toList();
        });
    }

    @Override
    public int finishOverdue(TenantId tenant) {
        Instant now = clock.instant();
        return tx.inTenant(tenant, () -> {
            int finished = 0;
            for (Attempt overdue : attempts.listOverdue(now)) {
                Optional<Attempt> locked = attempts.findForUpdate(overdue.id());
                if (locked.isPresent() && locked.get().isOverdue(now)
                        && finishLocked(tenant, locked.get()) instanceof AttemptResult.Applied) {
                    finished++;
                }
            }
            return finished;
        });
    }

    // ---- instructors ----

    @Override
    public List<EssayToGrade> gradingQueue(Caller caller, AssessmentId id) {
        caller.require(Permission.ASSESSMENTS_GRADE);
        return tx.inTenant(caller.tenantId(), () -> {
            found(id);
            List<EssayToGrade> queue = new ArrayList<>();
            for (Attempt attempt : attempts.listByAssessment(id)) {
                if (attempt.grade().orElse(null) instanceof AttemptGrade.AwaitingGrading awaiting) {
                    Set<QuestionKey> waiting = Set.copyOf(awaiting.awaiting());
                    for (Question question : pinned(attempt)) {
                        if (question instanceof EssayQuestion essay && waiting.contains(essay.key())) {
                            Optional<String> text = Optional.ofNullable(attempt.answers().get(essay.id()))
                                    .filter(Response.Text.class::isInstance).map(r -> ((Response.Text) r).text());
                            queue.add(new EssayToGrade(attempt.id(), attempt, essay, text));
                        }
                    }
                }
            }
            queue.sort(Comparator.comparing(e -> e.attemptState().finishedAt().orElseThrow()));
            return queue;
        });
    }

    @Override
    public AttemptResult gradeEssay(Caller caller, AttemptId id, QuestionId question, Fraction marks,
                                    Optional<String> comment) {
        caller.require(Permission.ASSESSMENTS_GRADE);
        Instant now = clock.instant();
        ManualGrade manual = valid("marks", () -> new ManualGrade(marks, caller.userId(), now, comment));
        return tx.inTenant(caller.tenantId(), () -> {
            Attempt attempt = attempts.findForUpdate(id).orElseThrow(() -> new NotFoundException("attempt", id));
            CourseAssessment found = found(attempt.assessment());
            AttemptResult result = attempt.recordManualGrade(question, manual, pinned(attempt),
                    found.assessment().scheme());
            if (result instanceof AttemptResult.Applied applied) {
                attempts.update(applied.attempt());
                completeIfDone(caller.tenantId(), found.course(), attempt.learner(), now);
            }
            return result;
        });
    }

    @Override
    public AttemptPaper attempt(Caller caller, AttemptId id) {
        caller.require(Permission.ASSESSMENTS_GRADE);
        return tx.inTenant(caller.tenantId(), () -> paperOf(attempts.find(id)
                .orElseThrow(() -> new NotFoundException("attempt", id))));
    }

    @Override
    public List<AttemptPaper> attempts(Caller caller, AssessmentId id) {
        caller.require(Permission.ASSESSMENTS_GRADE);
        return tx.inTenant(caller.tenantId(), () -> {
            found(id);
            return attempts.listByAssessment(id).stream().map(this::paperOf).toList();
        });
    }

    @Override
    public RegradePreview regradeDryRun(Caller caller, AssessmentId id, RegradeCommand command) {
        caller.require(Permission.ASSESSMENTS_GRADE);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            CourseAssessment found = found(id);
            Planned planned = plan(caller, found, attempts.listByAssessment(id), command, false, now);
            return new RegradePreview(planned.plan, planned.impact, planned.fingerprint, false);
        });
    }

    @Override
    public RegradePreview applyRegrade(Caller caller, AssessmentId id, RegradeCommand command, String fingerprint) {
        caller.require(Permission.REGRADE_APPLY);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            CourseAssessment found = found(id);
            Planned planned = plan(caller, found, attempts.listByAssessmentForUpdate(id), command, true, now);
            if (!planned.fingerprint.equals(fingerprint)) {
                throw new ConflictException("the regrade is no longer the one reviewed (attempts or questions "
                        + "changed since the dry run); run the dry run again");
            }
            planned.plan.regraded().forEach(attempts::update);
            if (!planned.scheme.equals(found.assessment().scheme())) {
                Assessment old = found.assessment();
                assessments.update(new Assessment(old.id(), old.title(), old.kind(), planned.scheme,
                        old.gradingMethod(), old.rules(), old.blueprint()));
            }
            planned.impact.enrolments().forEach(enrolments::update);
            for (Certificate changed : planned.impact.certificates()) {
                Certificate before = planned.certificates.get(changed.key().learner());
                for (int i = before.history().size(); i < changed.history().size(); i++) {
                    certificates.appendStatus(changed.id(), i, changed.history().get(i));
                }
            }
            assessments.insertAudit(new RegradeAudit(id, caller.userId(), now, command.reason(),
                    planned.plan.summary(), planned.impact.notes()));
            for (UserId learner : planned.impact.mayNowComplete()) {
                completeIfDone(caller.tenantId(), found.course(), learner, now);
            }
            return new RegradePreview(planned.plan, planned.impact, planned.fingerprint, true);
        });
    }

    @Override
    public List<RegradeAudit> regradeAudits(Caller caller, AssessmentId id) {
        caller.require(Permission.ASSESSMENTS_GRADE);
        return tx.inTenant(caller.tenantId(), () -> {
            found(id);
            return assessments.listAudits(id);
        });
    }

    // ---- helpers ----

    private record Planned(RegradePlan plan, RegradeImpact impact, GradingScheme scheme,
                           Map<UserId, Certificate> certificates, String fingerprint) {
    }

    private Planned plan(Caller caller, CourseAssessment found, List<Attempt> all, RegradeCommand command,
                         boolean lock, Instant now) {
        Assessment assessment = found.assessment();
        Map<QuestionKey, Question> pinned = new HashMap<>();
        for (Attempt attempt : all) {
            for (PinnedQuestion p : attempt.paper()) {
                pinned.computeIfAbsent(p.key(), key -> banks.findQuestion(key)
                        .orElseThrow(() -> new IllegalStateException("pinned question " + key + " is missing")));
            }
        }
        Map<QuestionId, Question> corrections = new LinkedHashMap<>();
        for (QuestionId id : new TreeSet<>(command.corrected().stream().map(QuestionId::toString).toList())
                .stream().map(QuestionId::parse).toList()) {
            corrections.put(id, banks.currentQuestion(id).orElseThrow(() -> new NotFoundException("question", id)));
        }
        GradingScheme old = assessment.scheme();
        GradingScheme scheme = command.newPassMark()
                .map(mark -> new GradingScheme(mark, old.negativeMarks(), old.bands())).orElse(old);
        RegradePlan plan = valid("corrected", () -> Regrade.dryRun(assessment, all, pinned, corrections, scheme));
        Map<UserId, Enrolment> learners = new HashMap<>();
        Map<UserId, Certificate> latest = new HashMap<>();
        plan.learnerChanges().forEach(change -> {
            UserId learner = change.learner();
            enrolments.findByLearner(found.course(), learner)
                    .flatMap(e -> lock ? enrolments.findForUpdate(e.id()) : Optional.of(e))
                    .ifPresent(e -> learners.put(learner, e));
            certificates.listByLearner(learner).stream()
                    .filter(c -> c.key().course().equals(found.course()))
                    .max(Comparator.comparing((Certificate c) -> c.key().courseVersion())
                            .thenComparing(c -> c.key().awardCycle()).thenComparing(Certificate::revision))
                    .ifPresent(c -> latest.put(learner, c));
        });
        RegradeImpact impact = RegradeConsequences.of(plan, learners, latest, command.action(), command.reason(),
                caller.userId(), now);
        String fingerprint = fingerprint(plan.attemptChanges().toString(), plan.learnerChanges().toString(),
                plan.problems().toString(), corrections.keySet().toString(), scheme.toString(),
                Integer.toString(plan.regraded().size()), command.action().name());
        return new Planned(plan, impact, scheme, latest, fingerprint);
    }

    private static String fingerprint(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private AttemptResult finishLocked(TenantId tenant, Attempt attempt) {
        Instant now = clock.instant();
        CourseAssessment found = found(attempt.assessment());
        AttemptResult result = attempt.finish(pinned(attempt), found.assessment().scheme(), now);
        if (result instanceof AttemptResult.Applied applied) {
            attempts.update(applied.attempt());
            if (applied.attempt().state() == AttemptState.GRADED) {
                completeIfDone(tenant, found.course(), attempt.learner(), now);
            }
        }
        return result;
    }

    private void completeIfDone(TenantId tenant, CourseId course, UserId learner, Instant now) {
        enrolments.findByLearner(course, learner).flatMap(e -> enrolments.findForUpdate(e.id()))
                .ifPresent(enrolment -> completion.completeIfDone(tenant, enrolment, now));
    }

    private QuestionPool pool(Assessment assessment) {
        Map<QuestionId, Question> current = new HashMap<>();
        Map<QuestionBankId, List<QuestionId>> bankMembers = new HashMap<>();
        for (QuestionSlot slot : assessment.blueprint().slots()) {
            if (slot instanceof QuestionSlot.Fixed fixed) {
                current.put(fixed.question(), banks.currentQuestion(fixed.question())
                        .orElseThrow(() -> new InvalidInputException("blueprint", "names question "
                                + fixed.question() + ", which does not exist")));
            } else if (slot instanceof QuestionSlot.FromBank fromBank) {
                bank(fromBank.bank());
                List<Question> members = banks.currentQuestions(fromBank.bank());
                members.forEach(q -> current.put(q.id(), q));
                bankMembers.put(fromBank.bank(), members.stream().map(Question::id).toList());
            }
        }
        return new QuestionPool(current, bankMembers);
    }

    private List<Question> pinned(Attempt attempt) {
        return attempt.paper().stream().map(p -> banks.findQuestion(p.key())
                .orElseThrow(() -> new IllegalStateException("pinned question " + p.key() + " is missing"))).toList();
    }

    private AttemptPaper paperOf(Attempt attempt) {
        return new AttemptPaper(found(attempt.assessment()).assessment(), attempt, pinned(attempt));
    }

    private Attempt own(Caller caller, AttemptId id) {
        return attempts.find(id).filter(a -> a.learner().equals(caller.userId()))
                .orElseThrow(() -> new NotFoundException("attempt", id));
    }

    private Attempt lockedOwn(Caller caller, AttemptId id) {
        return attempts.findForUpdate(id).filter(a -> a.learner().equals(caller.userId()))
                .orElseThrow(() -> new NotFoundException("attempt", id));
    }

    private CourseAssessment found(AssessmentId id) {
        return assessments.find(id).orElseThrow(() -> new NotFoundException("assessment", id));
    }

    private QuestionBank bank(QuestionBankId id) {
        return banks.findBank(id).orElseThrow(() -> new NotFoundException("question bank", id));
    }

    private static <T> T valid(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage() == null ? "is not valid" : e.getMessage());
        }
    }
}
