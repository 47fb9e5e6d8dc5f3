package com.laca.domain.academy.assessment;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.grading.GradingMethod;
import com.laca.domain.academy.grading.GradingScheme;
import com.laca.domain.academy.question.Choice;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;
import com.laca.domain.academy.question.Response;
import com.laca.domain.academy.question.SampleQuestions;
import com.laca.domain.academy.question.SingleChoiceQuestion;
import com.laca.domain.academy.question.TrueFalseQuestion;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A five-question toxin exam (one mark each, pass mark 60 %) whose first question was published with the wrong
 * answer key, and helpers to take it; shared by the assessment and certificate specifications.
 */
public final class Exams {

    /** When attempts start in these specifications. */
    public static final Instant NINE = Instant.parse("2026-05-01T09:00:00Z");

    /** Version 1 of the first question: option "b" was marked right by mistake. */
    public final SingleChoiceQuestion wrongKey;
    /** Version 2 of the first question: the corrected key, "a". */
    public final SingleChoiceQuestion corrected;
    /** Four true/false questions, all true. */
    public final List<TrueFalseQuestion> others = new ArrayList<>();
    /** The assessment, fixed slots in order. */
    public final Assessment assessment;

    public Exams(AttemptRules rules, GradingMethod method, AssessmentKind kind) {
        QuestionKey key = SampleQuestions.newKey();
        wrongKey = choice(key, "b");
        corrected = choice(key.next(), "a");
        List<QuestionSlot> slots = new ArrayList<>(List.of(new QuestionSlot.Fixed(key.id())));
        for (int i = 1; i <= 4; i++) {
            TrueFalseQuestion question = TrueFalseQuestion.of(SampleQuestions.newKey(), "Statement " + i,
                    Fraction.ONE, true);
            others.add(question);
            slots.add(new QuestionSlot.Fixed(question.id()));
        }
        assessment = new Assessment(AssessmentId.random(), "Foundation toxin: final exam", kind,
                GradingScheme.passingAt("60"), method, rules, Blueprint.inOrder(slots));
    }

    /** The exam with unlimited attempts and no time limit, graded by the highest attempt, summative. */
    public Exams() {
        this(AttemptRules.unrestricted(), GradingMethod.HIGHEST, AssessmentKind.SUMMATIVE);
    }

    private static SingleChoiceQuestion choice(QuestionKey key, String right) {
        return new SingleChoiceQuestion(key, "Which muscle is the main target for glabellar lines?", Fraction.ONE,
                List.of(Choice.of("a", "Corrugator supercilii", right.equals("a") ? Fraction.ONE : Fraction.ZERO),
                        Choice.of("b", "Frontalis", right.equals("b") ? Fraction.ONE : Fraction.ZERO),
                        Choice.of("c", "Masseter", Fraction.ZERO)));
    }

    /** The questions as published first (version 1 of the first question), in paper order. */
    public List<Question> published() {
        List<Question> questions = new ArrayList<>(List.of(wrongKey));
        questions.addAll(others);
        return questions;
    }

    /** The current versions for drawing papers. */
    public QuestionPool pool() {
        Map<QuestionId, Question> current = new HashMap<>();
        published().forEach(question -> current.put(question.id(), question));
        return new QuestionPool(current, Map.of());
    }

    /** Every version pinned by attempts, for regrades. */
    public Map<QuestionKey, Question> versions() {
        Map<QuestionKey, Question> versions = new HashMap<>();
        published().forEach(question -> versions.put(question.key(), question));
        versions.put(corrected.key(), corrected);
        return versions;
    }

    /** A new attempt by {@code learner} started at {@code at}. */
    public Attempt start(UserId learner, List<Attempt> previous, Instant at) {
        AttemptResult result = Attempt.start(AttemptId.random(), assessment, learner, previous,
                AttemptOverride.none(), PaperDrawer.draw(assessment.blueprint(), pool(), Set.of(),
                        new Random(1)), at);
        return ((AttemptResult.Applied) result).attempt();
    }

    /**
     * A finished attempt: the first question answered with {@code firstOption} (or not at all if {@code null}) and
     * {@code trueAnswers} of the four statements answered true (the rest false).
     */
    public Attempt finished(UserId learner, String firstOption, int trueAnswers, List<Attempt> previous) {
        Attempt attempt = start(learner, previous, NINE);
        if (firstOption != null) {
            attempt = saved(attempt.answer(wrongKey.id(), new Response.SelectedOption(firstOption),
                    attempt.sequence(), wrongKey, NINE.plusSeconds(60)));
        }
        for (int i = 0; i < others.size(); i++) {
            TrueFalseQuestion question = others.get(i);
            attempt = saved(attempt.answer(question.id(), new Response.TrueOrFalse(i < trueAnswers),
                    attempt.sequence(), question, NINE.plusSeconds(120)));
        }
        return saved(attempt.finish(published(), assessment.scheme(), NINE.plusSeconds(600)));
    }

    /** The attempt a result carries, failing the specification if it was refused. */
    public static Attempt saved(AttemptResult result) {
        if (result instanceof AttemptResult.Applied applied) {
            return applied.attempt();
        }
        throw new AssertionError("expected the command to be applied, got " + result);
    }
}
