package com.laca.benchmarks.academy;

import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.assessment.Attempt;
import com.laca.domain.academy.assessment.Regrade;
import com.laca.domain.academy.assessment.RegradePlan;
import com.laca.domain.academy.grading.AttemptGrade;
import com.laca.domain.academy.grading.AttemptGrader;
import com.laca.domain.academy.grading.ManualGrade;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;
import com.laca.domain.academy.question.Response;
import com.laca.domain.shared.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures the academy's grading against the targets: grading one 50-question attempt of every question type
 * (at most 50 µs) and a regrade dry run over 1,000 such attempts after one question is corrected (at most 100 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GradingBenchmark {

    private BenchmarkExam exam;
    private Map<QuestionId, Response> answers;
    private Map<QuestionId, ManualGrade> manual;
    private List<Attempt> thousandAttempts;
    private Map<QuestionKey, Question> versions;
    private Map<QuestionId, Question> correction;

    @Setup
    public void setUp() {
        Random random = new Random(20261124L);
        exam = new BenchmarkExam();
        answers = exam.answers(random);
        manual = exam.essayMarked();
        thousandAttempts = new ArrayList<>();
        for (int learner = 0; learner < 500; learner++) {
            UserId id = UserId.random();
            Attempt first = exam.finishedAttempt(id, List.of(), random);
            thousandAttempts.add(first);
            thousandAttempts.add(exam.finishedAttempt(id, List.of(first), random));
        }
        versions = exam.versions();
        correction = Map.of(exam.corrected.id(), exam.corrected);
        if (!(gradeFiftyQuestionAttempt() instanceof AttemptGrade.Graded)) {
            throw new IllegalStateException("the benchmark attempt must be fully graded");
        }
        if (regradeThousandAttempts().attemptChanges().isEmpty()) {
            throw new IllegalStateException("the regrade must change grades, or it measures nothing");
        }
    }

    /** Target ≤ 50 µs: one attempt of 50 questions of every type, one essay marked by an instructor. */
    @Benchmark
    public AttemptGrade gradeFiftyQuestionAttempt() {
        return AttemptGrader.grade(exam.questions, answers, manual, BenchmarkExam.SCHEME);
    }

    /** Target ≤ 100 ms: 1,000 finished attempts (500 learners × 2), one question corrected, as a dry run. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RegradePlan regradeThousandAttempts() {
        return Regrade.dryRun(exam.assessment, thousandAttempts, versions, correction, BenchmarkExam.SCHEME);
    }
}
