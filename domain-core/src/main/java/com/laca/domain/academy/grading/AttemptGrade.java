package com.laca.domain.academy.grading;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.question.QuestionKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The grade of one finished attempt: graded, or waiting for an instructor; sealed so an attempt awaiting grading can
 * never be read as a score of 0.
 */
public sealed interface AttemptGrade {

    /** Every question's part, in the attempt's order. */
    List<QuestionResult> questions();

    /** The scheme it was graded under, so a grade always says which pass mark and floor it was judged against. */
    GradingScheme scheme();

    /**
     * Every question is marked.
     *
     * @param marks        the total earned, after the negative-mark floor
     * @param maxMarks     the total the attempt was worth
     * @param exactPercent {@code marks / maxMarks × 100}, exact, kept for averaging across attempts
     * @param score        the exact percentage rounded once: the value shown and compared with the pass mark
     * @param passed       {@code score >= pass mark}
     * @param bandFeedback the feedback of the band the score falls in
     */
    record Graded(List<QuestionResult> questions, GradingScheme scheme, Fraction marks, Fraction maxMarks,
                  Fraction exactPercent, Score score, boolean passed, Optional<String> bandFeedback)
            implements AttemptGrade {

        public Graded {
            questions = List.copyOf(questions);
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(marks, "marks");
            Objects.requireNonNull(maxMarks, "maxMarks");
            Objects.requireNonNull(exactPercent, "exactPercent");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(bandFeedback, "bandFeedback");
        }
    }

    /**
     * At least one essay waits for an instructor; no score exists yet.
     *
     * @param awaiting the question versions still to be marked
     */
    record AwaitingGrading(List<QuestionResult> questions, GradingScheme scheme, List<QuestionKey> awaiting)
            implements AttemptGrade {

        public AwaitingGrading {
            questions = List.copyOf(questions);
            Objects.requireNonNull(scheme, "scheme");
            awaiting = List.copyOf(awaiting);
            if (awaiting.isEmpty()) {
                throw new IllegalArgumentException("an attempt awaiting grading awaits at least one question");
            }
        }
    }
}
