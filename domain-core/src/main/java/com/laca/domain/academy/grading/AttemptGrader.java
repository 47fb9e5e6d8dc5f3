package com.laca.domain.academy.grading;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;
import com.laca.domain.academy.question.QuestionMark;
import com.laca.domain.academy.question.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Marks a whole attempt, a pure function of the pinned question versions, the responses, the instructors' marks and
 * the scheme, so grading the same attempt twice (or regrading it in a dry run) always gives the same grade.
 *
 * <p>Each question earns {@code credit × its marks} exactly (an unanswered question earns 0); the floor of the scheme
 * applies per question or to the total; the exact percentage is rounded once by the {@link RoundingPolicy}, and
 * pass is decided on that rounded score.
 */
public final class AttemptGrader {

    private AttemptGrader() {
    }

    /**
     * The attempt's grade.
     *
     * @param paper   the pinned question versions, in the attempt's order
     * @param answers responses by question; questions without one are unanswered
     * @param manual  instructors' marks by question (for essays)
     * @throws IllegalArgumentException if a response does not fit its question or a manual mark exceeds the question's
     */
    public static AttemptGrade grade(List<Question> paper, Map<QuestionId, Response> answers,
                                     Map<QuestionId, ManualGrade> manual, GradingScheme scheme) {
        return grade(paper, answers, manual, scheme, List.of());
    }

    /**
     * The attempt's grade again after some questions were replaced by corrected versions, re-marking only those: a
     * question with the same version, response and instructor's mark under the same floor always earns the same, so
     * its earlier result is kept. Gives exactly what {@link #grade} gives.
     *
     * @param previous the attempt's earlier grade
     */
    public static AttemptGrade regrade(AttemptGrade previous, List<Question> paper, Map<QuestionId, Response> answers,
                                       Map<QuestionId, ManualGrade> manual, GradingScheme scheme) {
        boolean sameFloor = previous.questions().size() == paper.size()
                && previous.scheme().negativeMarks() == scheme.negativeMarks();
        return grade(paper, answers, manual, scheme, sameFloor ? previous.questions() : List.of());
    }

    private static AttemptGrade grade(List<Question> paper, Map<QuestionId, Response> answers,
                                      Map<QuestionId, ManualGrade> manual, GradingScheme scheme,
                                      List<QuestionResult> reusable) {
        if (paper.isEmpty()) {
            throw new IllegalArgumentException("an attempt has at least one question");
        }
        List<QuestionResult> results = new ArrayList<>(paper.size());
        List<QuestionKey> awaiting = new ArrayList<>();
        Fraction total = Fraction.ZERO;
        Fraction possible = Fraction.ZERO;
        for (int i = 0; i < paper.size(); i++) {
            Question question = paper.get(i);
            QuestionResult earlier = reusable.isEmpty() ? null : reusable.get(i);
            boolean unchanged = earlier != null && earlier.key().equals(question.key()) && !earlier.awaitingGrading();
            QuestionResult result = unchanged ? earlier
                    : gradeOne(question, answers.get(question.id()), manual.get(question.id()), scheme);
            results.add(result);
            possible = possible.plus(question.maxMarks());
            if (result.awaitingGrading()) {
                awaiting.add(question.key());
            } else {
                total = total.plus(result.marks().orElseThrow());
            }
        }
        if (!awaiting.isEmpty()) {
            return new AttemptGrade.AwaitingGrading(results, scheme, awaiting);
        }
        if (scheme.negativeMarks() == NegativeMarkFloor.TOTAL) {
            total = total.max(Fraction.ZERO);
        }
        Fraction exactPercent = total.dividedBy(possible).times(Fraction.HUNDRED);
        Score score = Score.of(exactPercent);
        return new AttemptGrade.Graded(results, scheme, total, possible, exactPercent, score,
                score.passes(scheme.passMark()), scheme.feedbackFor(score));
    }

    private static QuestionResult gradeOne(Question question, Response response, ManualGrade manual,
                                           GradingScheme scheme) {
        if (response == null) {
            return new QuestionResult(question.key(), question.maxMarks(), Optional.of(Fraction.ZERO), false,
                    List.of());
        }
        QuestionMark mark = question.mark(response);
        if (mark instanceof QuestionMark.Credited credited) {
            Fraction credit = scheme.negativeMarks() == NegativeMarkFloor.EACH_QUESTION
                    ? credited.credit().max(Fraction.ZERO) : credited.credit();
            return new QuestionResult(question.key(), question.maxMarks(),
                    Optional.of(credit.times(question.maxMarks())), true, credited.feedback());
        }
        if (manual == null) {
            return new QuestionResult(question.key(), question.maxMarks(), Optional.empty(), true, List.of());
        }
        if (manual.marks().compareTo(question.maxMarks()) > 0) {
            throw new IllegalArgumentException("an instructor's mark of " + manual.marks()
                    + " exceeds the question's " + question.maxMarks());
        }
        return new QuestionResult(question.key(), question.maxMarks(), Optional.of(manual.marks()), true,
                manual.comment().map(List::of).orElse(List.of()));
    }
}
