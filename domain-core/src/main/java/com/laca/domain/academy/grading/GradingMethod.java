package com.laca.domain.academy.grading;

import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.Fraction;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which attempts count when a learner may try more than once (Moodle's four methods). Attempts awaiting an
 * instructor never count as 0: while they could change the result, the result is {@link OverallGrade.Awaiting}.
 */
public enum GradingMethod {

    /** The best graded attempt; an attempt awaiting grading can only raise it, so a pass already earned stands. */
    HIGHEST {
        @Override
        OverallGrade combineSorted(List<AttemptOutcome> attempts, PassMark passMark) {
            Optional<Fraction> best = graded(attempts).map(AttemptGrade.Graded::exactPercent)
                    .max(Comparator.naturalOrder());
            List<AttemptId> awaiting = awaiting(attempts);
            Optional<Score> score = best.map(Score::of);
            if (score.isPresent() && (awaiting.isEmpty() || score.get().passes(passMark))) {
                return new OverallGrade.Decided(score.get(), score.get().passes(passMark), awaiting);
            }
            return new OverallGrade.Awaiting(awaiting, score);
        }
    },

    /** The mean of the attempts' exact percentages, rounded once; undecided while any attempt awaits grading. */
    AVERAGE {
        @Override
        OverallGrade combineSorted(List<AttemptOutcome> attempts, PassMark passMark) {
            List<Fraction> percents = graded(attempts).map(AttemptGrade.Graded::exactPercent).toList();
            Optional<Score> mean = percents.isEmpty() ? Optional.empty() : Optional.of(Score.of(
                    percents.stream().reduce(Fraction.ZERO, Fraction::plus).dividedBy(Fraction.of(percents.size()))));
            List<AttemptId> awaiting = awaiting(attempts);
            if (!awaiting.isEmpty()) {
                return new OverallGrade.Awaiting(awaiting, mean);
            }
            return new OverallGrade.Decided(mean.orElseThrow(), mean.orElseThrow().passes(passMark), List.of());
        }
    },

    /** The first attempt only, once it is graded. */
    FIRST {
        @Override
        OverallGrade combineSorted(List<AttemptOutcome> attempts, PassMark passMark) {
            return only(attempts.get(0), passMark);
        }
    },

    /** The latest attempt only, once it is graded. */
    LAST {
        @Override
        OverallGrade combineSorted(List<AttemptOutcome> attempts, PassMark passMark) {
            return only(attempts.get(attempts.size() - 1), passMark);
        }
    };

    /**
     * The learner's result from their finished attempts (in any order; in-progress attempts are not given).
     *
     * @param passMark the assessment's current pass mark, applied to every attempt's shown score
     */
    public OverallGrade combine(List<AttemptOutcome> finished, PassMark passMark) {
        if (finished.isEmpty()) {
            return new OverallGrade.NotAttempted();
        }
        return combineSorted(finished.stream().sorted(Comparator.comparingInt(AttemptOutcome::number)).toList(),
                passMark);
    }

    abstract OverallGrade combineSorted(List<AttemptOutcome> attempts, PassMark passMark);

    private static Stream<AttemptGrade.Graded> graded(List<AttemptOutcome> attempts) {
        return attempts.stream().map(AttemptOutcome::grade).filter(AttemptGrade.Graded.class::isInstance)
                .map(AttemptGrade.Graded.class::cast);
    }

    private static List<AttemptId> awaiting(List<AttemptOutcome> attempts) {
        return attempts.stream().filter(attempt -> attempt.grade() instanceof AttemptGrade.AwaitingGrading)
                .map(AttemptOutcome::attempt).toList();
    }

    private static OverallGrade only(AttemptOutcome attempt, PassMark passMark) {
        if (attempt.grade() instanceof AttemptGrade.Graded graded) {
            return new OverallGrade.Decided(graded.score(), graded.score().passes(passMark), List.of());
        }
        return new OverallGrade.Awaiting(List.of(attempt.attempt()), Optional.empty());
    }
}
