package com.laca.domain.academy.assessment;

import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.grading.AttemptOutcome;
import com.laca.domain.academy.grading.GradingScheme;
import com.laca.domain.academy.grading.ManualGrade;
import com.laca.domain.academy.grading.OverallGrade;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;
import com.laca.domain.academy.question.Response;
import com.laca.domain.shared.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-marks an assessment's attempts after a question is corrected (or the scheme changed) as a pure dry run, so the
 * people responsible see exactly who gains or loses a pass before anything is saved.
 */
public final class Regrade {

    private Regrade() {
    }

    /**
     * The plan for re-marking {@code attempts} with {@code corrections} under {@code newScheme}.
     *
     * @param assessment     the assessment as it is now (its grading method and current pass mark)
     * @param attempts       every attempt at the assessment, of every learner, in any state
     * @param pinnedVersions every question version the attempts pin
     * @param corrections    the corrected version to use for each question, by question
     * @param newScheme      the scheme to grade with (the assessment's own, or a changed pass mark or floor)
     */
    public static RegradePlan dryRun(Assessment assessment, List<Attempt> attempts,
                                     Map<QuestionKey, Question> pinnedVersions,
                                     Map<QuestionId, Question> corrections, GradingScheme newScheme) {
        List<AttemptChange> changes = new ArrayList<>();
        List<RegradeProblem> problems = new ArrayList<>();
        List<Attempt> regraded = new ArrayList<>();
        Map<UserId, List<BeforeAfter>> byLearner = new LinkedHashMap<>();
        for (Attempt attempt : attempts) {
            Attempt after = regradeOne(attempt, pinnedVersions, corrections, newScheme, problems);
            byLearner.computeIfAbsent(attempt.learner(), learner -> new ArrayList<>())
                    .add(new BeforeAfter(attempt, after));
            if (after == attempt) {
                continue;
            }
            regraded.add(after);
            if (attempt.grade().isPresent()
                    && AttemptChange.differs(attempt.grade().get(), after.grade().orElseThrow())) {
                changes.add(new AttemptChange(attempt.id(), attempt.learner(), attempt.number(),
                        attempt.grade().get(), after.grade().get()));
            }
        }
        List<LearnerChange> learners = new ArrayList<>();
        for (Map.Entry<UserId, List<BeforeAfter>> learner : byLearner.entrySet()) {
            OverallGrade before = assessment.gradingMethod().combine(outcomes(learner.getValue(), true),
                    assessment.scheme().passMark());
            OverallGrade after = assessment.gradingMethod().combine(outcomes(learner.getValue(), false),
                    newScheme.passMark());
            if (!before.equals(after)) {
                learners.add(new LearnerChange(learner.getKey(), before, after));
            }
        }
        learners.sort(Comparator.comparing(change -> change.learner().toString()));
        return new RegradePlan(changes, learners, problems, regraded, attempts.size());
    }

    /** The attempt after the regrade, the same instance if nothing about it changes or it cannot be re-marked. */
    private static Attempt regradeOne(Attempt attempt, Map<QuestionKey, Question> pinnedVersions,
                                      Map<QuestionId, Question> corrections, GradingScheme newScheme,
                                      List<RegradeProblem> problems) {
        List<Question> questions = new ArrayList<>(attempt.paper().size());
        boolean repinned = false;
        List<RegradeProblem> found = new ArrayList<>();
        for (PinnedQuestion pinned : attempt.paper()) {
            Question current = pinnedVersions.get(pinned.key());
            if (current == null) {
                throw new IllegalArgumentException("question version " + pinned.key() + " was not given");
            }
            Question corrected = corrections.getOrDefault(pinned.key().id(), current);
            if (!corrected.key().equals(current.key())) {
                repinned = true;
                problemWith(attempt, corrected).ifPresent(reason ->
                        found.add(new RegradeProblem(attempt.id(), attempt.learner(), corrected.key(), reason)));
            }
            questions.add(corrected);
        }
        if (!found.isEmpty()) {
            problems.addAll(found);
            return attempt;
        }
        boolean regrades = attempt.grade().isPresent() && !attempt.grade().get().scheme().equals(newScheme);
        return repinned || regrades ? attempt.regradedWith(questions, newScheme) : attempt;
    }

    private static Optional<String> problemWith(Attempt attempt, Question corrected) {
        Response response = attempt.answers().get(corrected.id());
        if (response != null) {
            Optional<String> problem = corrected.problemWith(response);
            if (problem.isPresent()) {
                return problem;
            }
        }
        ManualGrade manual = attempt.manualGrades().get(corrected.id());
        if (manual != null && manual.marks().compareTo(corrected.maxMarks()) > 0) {
            return Optional.of("the instructor's " + manual.marks() + " marks exceed the corrected question's "
                    + corrected.maxMarks());
        }
        return Optional.empty();
    }

    private static List<AttemptOutcome> outcomes(List<BeforeAfter> pairs, boolean before) {
        List<AttemptOutcome> outcomes = new ArrayList<>();
        for (BeforeAfter pair : pairs) {
            (before ? pair.before() : pair.after()).outcome().ifPresent(outcomes::add);
        }
        return outcomes;
    }

    /** One attempt as it is and as the regrade would leave it. */
    private record BeforeAfter(Attempt before, Attempt after) {
    }
}
