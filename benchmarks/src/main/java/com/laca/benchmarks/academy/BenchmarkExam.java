package com.laca.benchmarks.academy;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.assessment.Assessment;
import com.laca.domain.academy.assessment.AssessmentKind;
import com.laca.domain.academy.assessment.Attempt;
import com.laca.domain.academy.assessment.AttemptOverride;
import com.laca.domain.academy.assessment.AttemptResult;
import com.laca.domain.academy.assessment.AttemptRules;
import com.laca.domain.academy.assessment.Blueprint;
import com.laca.domain.academy.assessment.PaperDrawer;
import com.laca.domain.academy.assessment.QuestionPool;
import com.laca.domain.academy.assessment.QuestionSlot;
import com.laca.domain.academy.grading.GradingMethod;
import com.laca.domain.academy.grading.GradingScheme;
import com.laca.domain.academy.grading.ManualGrade;
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
import com.laca.domain.academy.question.QuestionKey;
import com.laca.domain.academy.question.Reconstitution;
import com.laca.domain.academy.question.Response;
import com.laca.domain.academy.question.ShortTextQuestion;
import com.laca.domain.academy.question.SingleChoiceQuestion;
import com.laca.domain.academy.question.TextAnswer;
import com.laca.domain.academy.question.Tolerance;
import com.laca.domain.academy.question.TrueFalseQuestion;
import com.laca.domain.academy.question.UnitRule;
import com.laca.domain.shared.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A 50-question exam with every question type (10 single choice with negative marks, 8 multiple choice, 6 true or
 * false, 8 numeric with units and tolerance, 6 short text with wildcards, 6 matching, 5 ordering, 1 essay marked by an
 * instructor) and learners' answers drawn from a seeded generator, so every run measures the same work.
 */
final class BenchmarkExam {

    static final Instant START = Instant.parse("2026-05-01T09:00:00Z");
    static final GradingScheme SCHEME = new GradingScheme(PassMark.of("60"), NegativeMarkFloor.TOTAL, List.of(
            ScoreBand.from("0", "Revise and try again."), ScoreBand.from("60", "Pass."),
            ScoreBand.from("90", "Excellent.")));

    final List<Question> questions = new ArrayList<>();
    final Assessment assessment;
    /** The single-choice question published with the wrong key, and its correction. */
    final SingleChoiceQuestion wrongKey;
    final SingleChoiceQuestion corrected;

    BenchmarkExam() {
        for (int i = 0; i < 10; i++) {
            questions.add(singleChoice(new QuestionKey(QuestionId.random(), 1), i == 0 ? "b" : "a"));
        }
        for (int i = 0; i < 8; i++) {
            questions.add(MultipleChoiceQuestion.evenlyWeighted(key(), "Which apply?", Fraction.of(2), List.of(
                    new Item("a", "A"), new Item("b", "B"), new Item("c", "C"), new Item("d", "D"),
                    new Item("e", "E")), Set.of("a", "c", "e")));
        }
        for (int i = 0; i < 6; i++) {
            questions.add(TrueFalseQuestion.of(key(), "Statement " + i, Fraction.ONE, i % 2 == 0));
        }
        for (int i = 0; i < 8; i++) {
            Fraction expected = new Reconstitution(Fraction.of(100), Fraction.decimal("2.5"))
                    .unitsIn(Fraction.decimal("0.1"));
            questions.add(new NumericQuestion(key(), "Units in 0.1 ml?", Fraction.ONE, expected,
                    new Tolerance.Absolute(Fraction.decimal("0.1")), UnitRule.REQUIRED,
                    List.of(AcceptedUnit.principal("U"), AcceptedUnit.principal("units")), Optional.of("Right."),
                    Optional.of("40 U per ml.")));
        }
        for (int i = 0; i < 6; i++) {
            questions.add(new ShortTextQuestion(key(), "Which enzyme?", Fraction.ONE, CaseRule.IGNORE_CASE, List.of(
                    new TextAnswer("hyaluronidase", Fraction.ONE, Optional.of("Right.")),
                    new TextAnswer("hyal*", Fraction.decimal("0.5"), Optional.of("Spelling.")),
                    new TextAnswer("*", Fraction.ZERO, Optional.of("It is hyaluronidase.")))));
        }
        for (int i = 0; i < 6; i++) {
            questions.add(new MatchingQuestion(key(), "Match.", Fraction.of(3), List.of(new Item("p1", "P1"),
                    new Item("p2", "P2"), new Item("p3", "P3")), List.of(new Item("a1", "A1"), new Item("a2", "A2"),
                    new Item("a3", "A3"), new Item("a4", "A4")), Map.of("p1", "a1", "p2", "a2", "p3", "a3")));
        }
        for (int i = 0; i < 5; i++) {
            questions.add(new OrderingQuestion(key(), "Order.", Fraction.of(2), List.of(new Item("s1", "S1"),
                    new Item("s2", "S2"), new Item("s3", "S3"), new Item("s4", "S4")),
                    OrderingScoring.values()[i % 3]));
        }
        questions.add(new EssayQuestion(key(), "Describe.", Fraction.of(5), Optional.empty()));
        wrongKey = (SingleChoiceQuestion) questions.get(0);
        corrected = singleChoice(wrongKey.key().next(), "a");
        assessment = new Assessment(AssessmentId.random(), "Benchmark exam", AssessmentKind.SUMMATIVE, SCHEME,
                GradingMethod.HIGHEST, AttemptRules.unrestricted(), Blueprint.inOrder(questions.stream()
                .map(question -> (QuestionSlot) new QuestionSlot.Fixed(question.id())).toList()));
    }

    private static QuestionKey key() {
        return new QuestionKey(QuestionId.random(), 1);
    }

    private static SingleChoiceQuestion singleChoice(QuestionKey key, String right) {
        return new SingleChoiceQuestion(key, "Which muscle?", Fraction.ONE, List.of(
                new Choice("a", "A", right.equals("a") ? Fraction.ONE : Fraction.decimal("-0.25"),
                        Optional.of("Feedback A")),
                new Choice("b", "B", right.equals("b") ? Fraction.ONE : Fraction.decimal("-0.25"),
                        Optional.of("Feedback B")),
                Choice.of("c", "C", Fraction.decimal("-0.25")), Choice.of("d", "D", Fraction.decimal("-0.25"))));
    }

    /** A plausible answer to each question, right about two times in three. */
    Map<QuestionId, Response> answers(Random random) {
        Map<QuestionId, Response> answers = new HashMap<>();
        for (Question question : questions) {
            boolean right = random.nextInt(3) > 0;
            Response response;
            if (question instanceof SingleChoiceQuestion) {
                response = new Response.SelectedOption(right ? "a" : List.of("b", "c", "d").get(random.nextInt(3)));
            } else if (question instanceof MultipleChoiceQuestion) {
                response = new Response.SelectedOptions(right ? Set.of("a", "c", "e") : Set.of("a", "b"));
            } else if (question instanceof TrueFalseQuestion trueFalse) {
                response = new Response.TrueOrFalse(right == trueFalse.answer());
            } else if (question instanceof NumericQuestion) {
                response = new Response.NumberWithUnit(right ? new BigDecimal("4.05") : new BigDecimal("40"),
                        Optional.of(random.nextBoolean() ? "U" : "units"));
            } else if (question instanceof ShortTextQuestion) {
                response = new Response.Text(right ? "Hyaluronidase" : "hyaluronase");
            } else if (question instanceof MatchingQuestion) {
                response = new Response.Pairs(right ? Map.of("p1", "a1", "p2", "a2", "p3", "a3")
                        : Map.of("p1", "a2", "p2", "a1", "p3", "a3"));
            } else if (question instanceof OrderingQuestion) {
                response = new Response.Sequence(right ? List.of("s1", "s2", "s3", "s4")
                        : List.of("s2", "s3", "s4", "s1"));
            } else {
                response = new Response.Text("Stop injecting, massage, hyaluronidase, escalate.");
            }
            answers.put(question.id(), response);
        }
        return answers;
    }

    /** The instructor's mark for the essay. */
    Map<QuestionId, ManualGrade> essayMarked() {
        Question essay = questions.get(questions.size() - 1);
        return Map.of(essay.id(), new ManualGrade(Fraction.of(4), UserId.random(), START, Optional.empty()));
    }

    /** A finished, graded attempt by a new learner (or the same learner's next attempt). */
    Attempt finishedAttempt(UserId learner, List<Attempt> previous, Random random) {
        Map<QuestionId, Question> current = new HashMap<>();
        questions.forEach(question -> current.put(question.id(), question));
        Attempt attempt = applied(Attempt.start(AttemptId.random(), assessment, learner, previous,
                AttemptOverride.none(), PaperDrawer.draw(assessment.blueprint(), new QuestionPool(current, Map.of()),
                        Set.of(), random), START));
        for (Map.Entry<QuestionId, Response> answer : answers(random).entrySet()) {
            Question question = current.get(answer.getKey());
            attempt = applied(attempt.answer(answer.getKey(), answer.getValue(), attempt.sequence(), question,
                    START.plusSeconds(60)));
        }
        attempt = applied(attempt.finish(questions, SCHEME, START.plusSeconds(1800)));
        Question essay = questions.get(questions.size() - 1);
        return applied(attempt.recordManualGrade(essay.id(), essayMarked().get(essay.id()), questions, SCHEME));
    }

    /** Every pinned version and the correction, for the regrade. */
    Map<QuestionKey, Question> versions() {
        Map<QuestionKey, Question> versions = new HashMap<>();
        questions.forEach(question -> versions.put(question.key(), question));
        versions.put(corrected.key(), corrected);
        return versions;
    }

    private static Attempt applied(AttemptResult result) {
        if (result instanceof AttemptResult.Applied applied) {
            return applied.attempt();
        }
        throw new IllegalStateException("benchmark set-up refused: " + result);
    }
}
