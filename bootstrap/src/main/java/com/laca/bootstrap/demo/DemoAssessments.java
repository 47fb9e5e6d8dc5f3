package com.laca.bootstrap.demo;

import com.laca.application.academy.port.in.AssessmentDraft;
import com.laca.application.academy.port.in.CourseDetails;
import com.laca.application.academy.port.in.ManageAssessmentsUseCase;
import com.laca.application.academy.port.in.ManageCoursesUseCase;
import com.laca.application.academy.port.in.QuestionDraft;
import com.laca.application.academy.port.in.TakeAssessmentUseCase;
import com.laca.application.academy.port.in.VersionDraft;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.assessment.AssessmentKind;
import com.laca.domain.academy.assessment.AttemptResult;
import com.laca.domain.academy.assessment.AttemptRules;
import com.laca.domain.academy.assessment.Blueprint;
import com.laca.domain.academy.assessment.CourseAssessment;
import com.laca.domain.academy.assessment.QuestionBank;
import com.laca.domain.academy.assessment.QuestionSlot;
import com.laca.domain.academy.course.CompletionRequirements;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseVersion;
import com.laca.domain.academy.grading.GradingMethod;
import com.laca.domain.academy.grading.GradingScheme;
import com.laca.domain.academy.grading.NegativeMarkFloor;
import com.laca.domain.academy.grading.PassMark;
import com.laca.domain.academy.grading.ScoreBand;
import com.laca.domain.academy.question.AcceptedUnit;
import com.laca.domain.academy.question.CaseRule;
import com.laca.domain.academy.question.Choice;
import com.laca.domain.academy.question.EssayQuestion;
import com.laca.domain.academy.question.Item;
import com.laca.domain.academy.question.MatchingQuestion;
import com.laca.domain.academy.question.MultipleChoiceQuestion;
import com.laca.domain.academy.question.NumericQuestion;
import com.laca.domain.academy.question.OrderingQuestion;
import com.laca.domain.academy.question.OrderingScoring;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.Reconstitution;
import com.laca.domain.academy.question.Response;
import com.laca.domain.academy.question.ShortTextQuestion;
import com.laca.domain.academy.question.SingleChoiceQuestion;
import com.laca.domain.academy.question.TextAnswer;
import com.laca.domain.academy.question.Tolerance;
import com.laca.domain.academy.question.TrueFalseQuestion;
import com.laca.domain.academy.question.UnitRule;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.tenancy.Tenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo academy's final exam: a bank of 20 questions of every type on "Foundation botulinum toxin" (dose
 * arithmetic included), a summative exam of all 20 that version 2 of the course requires (same lessons, so progress is
 * unchanged), and the mid-course trainee's exam started with two answers saved; made once, through the use cases.
 */
final class DemoAssessments {

    static final String EXAM = "Foundation toxin final exam";

    private final TransactionRunner tx;
    private final StaffAccountRepository accounts;
    private final ManageCoursesUseCase courses;
    private final ManageAssessmentsUseCase assessments;
    private final TakeAssessmentUseCase taking;

    DemoAssessments(TransactionRunner tx, StaffAccountRepository accounts, ManageCoursesUseCase courses,
                    ManageAssessmentsUseCase assessments, TakeAssessmentUseCase taking) {
        this.tx = tx;
        this.accounts = accounts;
        this.courses = courses;
        this.assessments = assessments;
        this.taking = taking;
    }

    /** Adds the exam to the demo course unless the course already has an assessment. */
    void ensure(Tenant clinic) {
        Optional<Caller> instructor = caller(clinic, DemoAcademy.INSTRUCTOR, Role.INSTRUCTOR);
        if (instructor.isEmpty()) {
            return;
        }
        Caller staff = instructor.get();
        Optional<Course> course = courses.list(staff).stream().filter(c -> c.title().equals(DemoAcademy.COURSE))
                .findFirst();
        if (course.isEmpty() || !assessments.assessments(staff, course.get().id()).isEmpty()) {
            return;
        }
        QuestionBank bank = assessments.createBank(staff, "Foundation botulinum toxin");
        List<Question> questions = new ArrayList<>();
        for (QuestionDraft draft : drafts()) {
            questions.add(assessments.addQuestion(staff, bank.id(), draft));
        }
        CourseAssessment exam = assessments.createAssessment(staff, new AssessmentDraft(course.get().id(), EXAM,
                AssessmentKind.SUMMATIVE, new GradingScheme(PassMark.of("70"), NegativeMarkFloor.TOTAL, List.of(
                        ScoreBand.from("0", "Not yet: revise dose arithmetic and the danger zones, then try again."),
                        ScoreBand.from("70", "Pass."), ScoreBand.from("90", "Excellent."))), GradingMethod.HIGHEST,
                AttemptRules.unrestricted().withAttemptLimit(3).withTimeLimit(Duration.ofMinutes(45)),
                new Blueprint(questions.stream().map(q -> (QuestionSlot) new QuestionSlot.Fixed(q.id())).toList(),
                        true, true)));
        CourseDetails details = courses.get(staff, course.get().id());
        CourseVersion current = details.current().orElseThrow();
        courses.publish(staff, course.get().id(), new VersionDraft(current.modules(), current.cpd(),
                new CompletionRequirements(Optional.of(exam.assessment().id()), Optional.empty(), List.of()),
                current.certificateValidity()));
        caller(clinic, DemoAcademy.STUDYING_TRAINEE, Role.STUDENT).ifPresent(trainee -> {
            if (taking.start(trainee, exam.assessment().id()) instanceof AttemptResult.Applied started) {
                taking.answer(trainee, started.attempt().id(), questions.get(0).id(),
                        new Response.SelectedOption("a"), 0);
                taking.answer(trainee, started.attempt().id(), questions.get(5).id(),
                        Response.NumberWithUnit.parse("4 U"), 1);
            }
        });
    }

    private Optional<Caller> caller(Tenant clinic, String email, Role role) {
        return tx.inTenant(clinic.id(), () -> accounts.findByEmail(new EmailAddress(email)))
                .map(account -> new Caller(account.id(), clinic.id(), Set.of(role)));
    }

    /** Twenty questions: every type, with the dose and dilution arithmetic a toxin course turns on. */
    private static List<QuestionDraft> drafts() {
        Fraction one = Fraction.ONE;
        Fraction quarterOff = Fraction.decimal("-0.25");
        List<QuestionDraft> drafts = new ArrayList<>();
        drafts.add(key -> new SingleChoiceQuestion(key, "Which muscle is the main target for glabellar lines?", one,
                List.of(new Choice("a", "Corrugator supercilii", one, Optional.of("Right: with procerus.")),
                        Choice.of("b", "Frontalis", quarterOff), Choice.of("c", "Masseter", quarterOff),
                        Choice.of("d", "Orbicularis oris", quarterOff))));
        drafts.add(key -> new SingleChoiceQuestion(key, "Brow ptosis after forehead treatment is most often caused "
                + "by…", one, List.of(Choice.of("a", "Injecting frontalis too low", one),
                Choice.of("b", "Injecting corrugator too deep", quarterOff),
                Choice.of("c", "Using too much diluent", quarterOff))));
        drafts.add(key -> new SingleChoiceQuestion(key, "How long should the patient stay upright after treatment?",
                one, List.of(Choice.of("a", "About 4 hours", one), Choice.of("b", "No need", Fraction.ZERO),
                Choice.of("c", "48 hours", Fraction.ZERO))));
        drafts.add(key -> new SingleChoiceQuestion(key, "Typical onset of effect of botulinum toxin type A?", one,
                List.of(Choice.of("a", "2 to 5 days", one), Choice.of("b", "Within an hour", Fraction.ZERO),
                        Choice.of("c", "After 4 weeks", Fraction.ZERO))));
        drafts.add(key -> new SingleChoiceQuestion(key, "What does a prescriber's face-to-face consultation "
                + "establish?", one, List.of(Choice.of("a", "Suitability and consent before prescribing", one),
                Choice.of("b", "Only the price", Fraction.ZERO))));
        drafts.add(key -> new NumericQuestion(key, "How many units are in 0.1 ml of a 100 U vial reconstituted in "
                + "2.5 ml?", one, new Reconstitution(Fraction.of(100), Fraction.decimal("2.5"))
                .unitsIn(Fraction.decimal("0.1")), new Tolerance.Absolute(Fraction.decimal("0.1")), UnitRule.REQUIRED,
                List.of(AcceptedUnit.principal("U"), AcceptedUnit.principal("units")), Optional.of("Right: 40 U/ml."),
                Optional.of("100 U / 2.5 ml = 40 U/ml; 0.1 ml holds 4 U.")));
        drafts.add(key -> new NumericQuestion(key, "A 100 U vial is reconstituted in 3 ml. How many ml hold 10 U?",
                one, new Reconstitution(Fraction.of(100), Fraction.of(3)).mlFor(Fraction.of(10)),
                new Tolerance.Absolute(Fraction.decimal("0.01")), UnitRule.OPTIONAL,
                List.of(AcceptedUnit.principal("ml"), AcceptedUnit.principal("mL")), Optional.empty(),
                Optional.of("100/3 U per ml, so 10 U is 0.3 ml.")));
        drafts.add(key -> new NumericQuestion(key, "Five glabellar points of 4 U each: total units?", one,
                Fraction.of(20), Tolerance.exact(), UnitRule.NOT_ASKED, List.of(), Optional.empty(),
                Optional.empty()));
        drafts.add(key -> MultipleChoiceQuestion.evenlyWeighted(key, "Which are contraindications?", Fraction.of(2),
                List.of(new Item("a", "Myasthenia gravis"), new Item("b", "Pregnancy"), new Item("c", "Age over 40"),
                        new Item("d", "Mild acne")), Set.of("a", "b")));
        drafts.add(key -> MultipleChoiceQuestion.evenlyWeighted(key, "Signs of a vascular occlusion after a "
                + "filler?", Fraction.of(2), List.of(new Item("a", "Blanching"), new Item("b", "Severe pain"),
                new Item("c", "Livedo pattern"), new Item("d", "Mild redness that fades")), Set.of("a", "b", "c")));
        drafts.add(key -> MultipleChoiceQuestion.evenlyWeighted(key, "What belongs in the treatment record?",
                Fraction.of(2), List.of(new Item("a", "Product and batch"), new Item("b", "Units per point"),
                        new Item("c", "The client's star sign")), Set.of("a", "b")));
        drafts.add(key -> TrueFalseQuestion.of(key, "Hyaluronidase dissolves botulinum toxin.", one, false));
        drafts.add(key -> TrueFalseQuestion.of(key, "Botulinum toxin is a prescription-only medicine in the UK.",
                one, true));
        drafts.add(key -> new TrueFalseQuestion(key, "Reconstituting with more saline lets the toxin spread "
                + "further.", one, true, Optional.of("Yes: volume drives diffusion."), Optional.of("It does.")));
        drafts.add(key -> new ShortTextQuestion(key, "Which enzyme dissolves hyaluronic acid filler?", one,
                CaseRule.IGNORE_CASE, List.of(new TextAnswer("hyaluronidase", one, Optional.of("Right.")),
                new TextAnswer("hyal*", Fraction.decimal("0.5"), Optional.of("Check the spelling.")),
                new TextAnswer("*", Fraction.ZERO, Optional.of("It is hyaluronidase.")))));
        drafts.add(key -> new ShortTextQuestion(key, "Name the muscle that closes the eye.", one,
                CaseRule.IGNORE_CASE, List.of(TextAnswer.of("orbicularis oculi", one),
                TextAnswer.of("orbicularis*", Fraction.decimal("0.5")))));
        drafts.add(key -> new MatchingQuestion(key, "Match each area to the muscle treated.", Fraction.of(3),
                List.of(new Item("glabella", "Frown lines"), new Item("forehead", "Forehead lines"),
                        new Item("crows", "Crow's feet")), List.of(new Item("corrugator", "Corrugator"),
                new Item("frontalis", "Frontalis"), new Item("orbicularis", "Orbicularis oculi"),
                new Item("masseter", "Masseter")), Map.of("glabella", "corrugator", "forehead", "frontalis",
                "crows", "orbicularis")));
        drafts.add(key -> new MatchingQuestion(key, "Match each complication to its first step.", Fraction.of(2),
                List.of(new Item("occlusion", "Vascular occlusion"), new Item("anaphylaxis", "Anaphylaxis")),
                List.of(new Item("hyaluronidase", "Hyaluronidase and escalate"),
                        new Item("adrenaline", "Adrenaline 0.5 mg IM"), new Item("ice", "Ice pack")),
                Map.of("occlusion", "hyaluronidase", "anaphylaxis", "adrenaline")));
        drafts.add(key -> new OrderingQuestion(key, "Put the steps of reconstituting a vial in order.",
                Fraction.of(2), List.of(new Item("wash", "Wash hands"), new Item("check", "Check the vial and its "
                + "expiry"), new Item("draw", "Draw up the saline"), new Item("inject", "Add saline slowly down "
                + "the vial wall")), OrderingScoring.ABSOLUTE_POSITION));
        drafts.add(key -> new EssayQuestion(key, "Describe how you would recognise and manage a vascular "
                + "occlusion.", Fraction.of(5), Optional.of("Blanching, pain, livedo; stop, hyaluronidase, "
                + "escalate.")));
        return drafts;
    }
}
