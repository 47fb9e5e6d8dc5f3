package com.laca.domain.academy.assessment;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.grading.AttemptGrade;
import com.laca.domain.academy.grading.AttemptGrader;
import com.laca.domain.academy.grading.AttemptOutcome;
import com.laca.domain.academy.grading.GradingScheme;
import com.laca.domain.academy.grading.ManualGrade;
import com.laca.domain.academy.question.EssayQuestion;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.Response;
import com.laca.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One learner's attempt at an assessment, immutable so every change is a new value the application saves, with its
 * deadline fixed on the server when it starts and its questions pinned to the versions it was given.
 *
 * <p>Commands take "now" and answer an {@link AttemptResult}; a refused command leaves the attempt as it was. The
 * canonical constructor rebuilds a stored attempt; {@link #start} creates one under the assessment's rules.
 *
 * @param number       1 for the learner's first attempt at the assessment
 * @param deadline     {@code min(start + time limit + extra time, close)}, if either is set
 * @param grace        answers are accepted until {@code deadline + grace}, inclusive
 * @param paper        the pinned questions in the order shown; each question once
 * @param answers      the latest response to each question answered
 * @param sequence     how many answers have been saved; a submission must name the current value
 * @param finishedAt   when it was finished, once it is
 * @param finishReason why it was finished, once it is
 * @param manualGrades instructors' marks for essays
 * @param grade        the grade, once it is finished
 */
public record Attempt(AttemptId id, AssessmentId assessment, UserId learner, int number, Instant startedAt,
                      Optional<Instant> deadline, Duration grace, List<PinnedQuestion> paper,
                      Map<QuestionId, Response> answers, int sequence,
                      AttemptState state, Optional<Instant> finishedAt, Optional<FinishReason> finishReason,
                      Map<QuestionId, ManualGrade> manualGrades, Optional<AttemptGrade> grade) {

    public Attempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(finishReason, "finishReason");
        Objects.requireNonNull(grade, "grade");
        paper = List.copyOf(paper);
        answers = Map.copyOf(answers);
        manualGrades = Map.copyOf(manualGrades);
        if (number < 1 || sequence < 0) {
            throw new IllegalArgumentException("attempts are numbered from 1 and their sequence from 0");
        }
        if (paper.isEmpty()) {
            throw new IllegalArgumentException("an attempt has at least one question");
        }
        Set<QuestionId> onPaper = new HashSet<>();
        for (PinnedQuestion pinned : paper) {
            onPaper.add(pinned.key().id());
        }
        if (onPaper.size() != paper.size()) {
            throw new IllegalArgumentException("a question appears twice on the paper");
        }
        if (!onPaper.containsAll(answers.keySet()) || !onPaper.containsAll(manualGrades.keySet())) {
            throw new IllegalArgumentException("answers and marks must belong to questions on the paper");
        }
        if (deadline.isPresent() && !deadline.get().isAfter(startedAt)) {
            throw new IllegalArgumentException("the deadline must be after the start");
        }
        boolean finished = finishedAt.isPresent() && finishReason.isPresent() && grade.isPresent();
        boolean open = finishedAt.isEmpty() && finishReason.isEmpty() && grade.isEmpty();
        if (state.isFinished() ? !finished : !open) {
            throw new IllegalArgumentException("an attempt has a finish time, reason and grade exactly when finished");
        }
        if (grade.isPresent() && (grade.get() instanceof AttemptGrade.Graded) != (state == AttemptState.GRADED)) {
            throw new IllegalArgumentException("a " + state + " attempt cannot hold a " + grade.get().getClass()
                    .getSimpleName() + " grade");
        }
    }

    /**
     * Starts an attempt under the assessment's rules, or says why it may not start.
     *
     * @param previous the learner's earlier attempts at this assessment, in any state
     * @param override the learner's extra time and attempts
     * @param paper    drawn by {@link PaperDrawer}
     */
    public static AttemptResult start(AttemptId id, Assessment assessment, UserId learner, List<Attempt> previous,
                                      AttemptOverride override, List<PinnedQuestion> paper, Instant now) {
        AttemptRules rules = assessment.rules();
        for (Attempt earlier : previous) {
            if (!earlier.assessment.equals(assessment.id()) || !earlier.learner.equals(learner)) {
                throw new IllegalArgumentException("earlier attempts must be this learner's at this assessment");
            }
        }
        if (rules.opensAt().isPresent() && now.isBefore(rules.opensAt().get())) {
            return new AttemptResult.Refused(AttemptRefusal.NOT_OPEN,
                    "the assessment opens at " + rules.opensAt().get());
        }
        Optional<Instant> closes = rules.closesAtFor(override);
        if (closes.isPresent() && !now.isBefore(closes.get())) {
            return new AttemptResult.Refused(AttemptRefusal.CLOSED, "the assessment closed at " + closes.get());
        }
        Optional<Attempt> running = previous.stream().filter(earlier -> !earlier.state.isFinished()).findFirst();
        if (running.isPresent()) {
            return new AttemptResult.Refused(AttemptRefusal.ATTEMPT_IN_PROGRESS,
                    "attempt " + running.get().number + " is still in progress");
        }
        Optional<Integer> allowed = rules.attemptsAllowed(override);
        if (allowed.isPresent() && previous.size() >= allowed.get()) {
            return new AttemptResult.Refused(AttemptRefusal.ATTEMPT_LIMIT_REACHED,
                    "all " + allowed.get() + " attempts have been used");
        }
        return new AttemptResult.Applied(new Attempt(id, assessment.id(), learner, previous.size() + 1, now,
                rules.deadlineFor(now, override), rules.grace(), paper, Map.of(), 0, AttemptState.IN_PROGRESS,
                Optional.empty(), Optional.empty(), Map.of(), Optional.empty()));
    }

    /** The last instant an answer is accepted ({@code deadline + grace}), if there is a deadline. */
    public Optional<Instant> cutoff() {
        return deadline.map(end -> end.plus(grace));
    }

    /** Whether an answer arriving at {@code now} is in time: up to and including the cutoff. */
    public boolean inTimeAt(Instant now) {
        return cutoff().map(last -> !now.isAfter(last)).orElse(true);
    }

    /** Whether the attempt is still open after its cutoff, so the closing job must finish it. */
    public boolean isOverdue(Instant now) {
        return state == AttemptState.IN_PROGRESS && !inTimeAt(now);
    }

    /** The questions on this paper, so the next attempt can prefer unseen ones. */
    public Set<QuestionId> questionIds() {
        return paper.stream().map(pinned -> pinned.key().id()).collect(Collectors.toUnmodifiableSet());
    }

    /** This attempt as the grading method sees it, once finished. */
    public Optional<AttemptOutcome> outcome() {
        return grade.map(finalGrade -> new AttemptOutcome(id, number, finalGrade));
    }

    /**
     * Saves (or replaces) the answer to one question.
     *
     * @param expectedSequence the sequence the learner's page was built from; anything else is a stale submission
     * @param pinned           the question version pinned on this paper
     */
    public AttemptResult answer(QuestionId question, Response response, int expectedSequence, Question pinned,
                                Instant now) {
        Objects.requireNonNull(response, "response");
        if (state.isFinished()) {
            return new AttemptResult.Refused(AttemptRefusal.ALREADY_FINISHED, "the attempt was finished at "
                    + finishedAt.orElseThrow());
        }
        if (!inTimeAt(now)) {
            return new AttemptResult.Refused(AttemptRefusal.TIME_UP, "answers were accepted until "
                    + cutoff().orElseThrow());
        }
        if (expectedSequence != sequence) {
            return new AttemptResult.Refused(AttemptRefusal.STALE_SEQUENCE, "this page shows step " + expectedSequence
                    + " of the attempt, which has moved on to step " + sequence + "; reload it");
        }
        Optional<PinnedQuestion> onPaper = paper.stream().filter(p -> p.key().id().equals(question)).findFirst();
        if (onPaper.isEmpty()) {
            return new AttemptResult.Refused(AttemptRefusal.NOT_ON_PAPER, "question " + question
                    + " is not on this attempt's paper");
        }
        if (!pinned.key().equals(onPaper.get().key())) {
            throw new IllegalArgumentException("the paper pins " + onPaper.get().key() + ", not " + pinned.key());
        }
        Optional<String> problem = pinned.problemWith(response);
        if (problem.isPresent()) {
            return new AttemptResult.Refused(AttemptRefusal.MALFORMED_RESPONSE, problem.get());
        }
        Map<QuestionId, Response> updated = new HashMap<>(answers);
        updated.put(question, response);
        return new AttemptResult.Applied(new Attempt(id, assessment, learner, number, startedAt, deadline, grace,
                paper, updated, sequence + 1, state, finishedAt, finishReason, manualGrades, grade));
    }

    /**
     * Finishes and grades the attempt with the answers saved so far. Finishing an attempt already finished changes
     * nothing and grades nothing again ({@link AttemptResult.AlreadyFinished}).
     *
     * @param pinned the pinned question versions, in paper order
     */
    public AttemptResult finish(List<Question> pinned, GradingScheme scheme, Instant now) {
        if (state.isFinished()) {
            return new AttemptResult.AlreadyFinished(this);
        }
        requirePaper(pinned);
        FinishReason reason = inTimeAt(now) ? FinishReason.SUBMITTED : FinishReason.TIME_UP;
        AttemptGrade newGrade = AttemptGrader.grade(pinned, answers, manualGrades, scheme);
        return new AttemptResult.Applied(new Attempt(id, assessment, learner, number, startedAt, deadline, grace,
                paper, answers, sequence, stateFor(newGrade), Optional.of(now), Optional.of(reason), manualGrades,
                Optional.of(newGrade)));
    }

    /**
     * Records (or corrects) an instructor's mark for an essay on a finished attempt and grades it again; once the last
     * essay is marked the attempt is graded. A correction to a graded attempt can change its result, so the caller
     * treats it like a regrade of one attempt.
     */
    public AttemptResult recordManualGrade(QuestionId question, ManualGrade manual, List<Question> pinned,
                                           GradingScheme scheme) {
        if (!state.isFinished()) {
            return new AttemptResult.Refused(AttemptRefusal.NOT_FINISHED, "the attempt is still in progress");
        }
        requirePaper(pinned);
        Optional<Question> target = pinned.stream().filter(q -> q.id().equals(question)).findFirst();
        if (target.isEmpty()) {
            return new AttemptResult.Refused(AttemptRefusal.NOT_ON_PAPER, "question " + question
                    + " is not on this attempt's paper");
        }
        if (!(target.get() instanceof EssayQuestion)) {
            return new AttemptResult.Refused(AttemptRefusal.NOT_MANUALLY_GRADED, "question " + question
                    + " is marked automatically");
        }
        if (manual.marks().compareTo(target.get().maxMarks()) > 0) {
            return new AttemptResult.Refused(AttemptRefusal.MARKS_OUT_OF_RANGE, "the question is worth "
                    + target.get().maxMarks() + " marks, not " + manual.marks());
        }
        Map<QuestionId, ManualGrade> updated = new HashMap<>(manualGrades);
        updated.put(question, manual);
        AttemptGrade newGrade = AttemptGrader.grade(pinned, answers, updated, scheme);
        return new AttemptResult.Applied(new Attempt(id, assessment, learner, number, startedAt, deadline, grace,
                paper, answers, sequence, stateFor(newGrade), finishedAt, finishReason, updated,
                Optional.of(newGrade)));
    }

    /**
     * This attempt with its paper pinned to {@code questions} (corrected versions of the same questions, same order)
     * and, if finished, graded again under {@code scheme}; used by {@link Regrade} only.
     */
    Attempt regradedWith(List<Question> questions, GradingScheme scheme) {
        if (questions.size() != paper.size()) {
            throw new IllegalArgumentException("a regrade keeps the paper's questions");
        }
        List<PinnedQuestion> repinned = new ArrayList<>(paper.size());
        for (int i = 0; i < paper.size(); i++) {
            if (!questions.get(i).id().equals(paper.get(i).key().id())) {
                throw new IllegalArgumentException("a regrade keeps the paper's questions in their order");
            }
            repinned.add(new PinnedQuestion(questions.get(i).key(), paper.get(i).displayOrder()));
        }
        if (!state.isFinished()) {
            return new Attempt(id, assessment, learner, number, startedAt, deadline, grace, repinned, answers,
                    sequence, state, finishedAt, finishReason, manualGrades, grade);
        }
        AttemptGrade newGrade = AttemptGrader.regrade(grade.orElseThrow(), questions, answers, manualGrades, scheme);
        return new Attempt(id, assessment, learner, number, startedAt, deadline, grace, repinned, answers, sequence,
                stateFor(newGrade), finishedAt, finishReason, manualGrades, Optional.of(newGrade));
    }

    private void requirePaper(List<Question> pinned) {
        boolean matches = pinned.size() == paper.size();
        for (int i = 0; matches && i < paper.size(); i++) {
            matches = pinned.get(i).key().equals(paper.get(i).key());
        }
        if (!matches) {
            throw new IllegalArgumentException("the questions given are not this attempt's pinned paper");
        }
    }

    private static AttemptState stateFor(AttemptGrade grade) {
        return grade instanceof AttemptGrade.Graded ? AttemptState.GRADED : AttemptState.AWAITING_GRADING;
    }
}
