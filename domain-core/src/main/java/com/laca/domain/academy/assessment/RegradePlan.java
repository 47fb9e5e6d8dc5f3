package com.laca.domain.academy.assessment;

import java.util.List;

/**
 * The result of a regrade dry run: who changes grade and pass or fail, what cannot be re-marked, and the attempts
 * to save if it is applied. Computing it changes nothing, so it can be shown, discussed and computed again.
 *
 * @param attemptChanges  attempts whose shown score, pass or grading state changes
 * @param learnerChanges  learners whose overall result changes, sorted by learner
 * @param problems        attempts left as they were because the correction does not fit their answers
 * @param regraded        every attempt whose stored form changes (new pins or grade), to be saved on apply
 * @param attemptsChecked how many attempts were considered
 */
public record RegradePlan(List<AttemptChange> attemptChanges, List<LearnerChange> learnerChanges,
                          List<RegradeProblem> problems, List<Attempt> regraded, int attemptsChecked) {

    public RegradePlan {
        attemptChanges = List.copyOf(attemptChanges);
        learnerChanges = List.copyOf(learnerChanges);
        problems = List.copyOf(problems);
        regraded = List.copyOf(regraded);
    }

    /** One line for the audit entry written when the plan is applied. */
    public String summary() {
        long passToFail = learnerChanges.stream().filter(LearnerChange::losesPass).count();
        long failToPass = learnerChanges.stream().filter(LearnerChange::gainsPass).count();
        return attemptsChecked + " attempts checked, " + attemptChanges.size() + " change grade, "
                + learnerChanges.size() + " learners change result (" + passToFail + " lose a pass, " + failToPass
                + " gain one), " + problems.size() + " cannot be re-marked";
    }
}
