package com.laca.domain.academy.assessment;

import static com.laca.domain.academy.assessment.Exams.NINE;
import static com.laca.domain.academy.assessment.Exams.saved;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.grading.AttemptGrade;
import com.laca.domain.academy.grading.AttemptGrader;
import com.laca.domain.academy.grading.GradingMethod;
import com.laca.domain.academy.grading.GradingScheme;
import com.laca.domain.academy.grading.NegativeMarkFloor;
import com.laca.domain.academy.grading.PassMark;
import com.laca.domain.academy.grading.Score;
import com.laca.domain.academy.question.Choice;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;
import com.laca.domain.academy.question.Response;
import com.laca.domain.academy.question.SingleChoiceQuestion;
import com.laca.domain.shared.UserId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Regrading after the answer key of a question is corrected: a dry run first")
class RegradeTest {

    private static final UserId ANNA = UserId.random();
    private static final UserId BEN = UserId.random();
    private static final UserId CARA = UserId.random();
    private static final UserId DAN = UserId.random();

    private final Exams exams = new Exams();
    private final Attempt anna = exams.finished(ANNA, "b", 2, List.of());
    private final Attempt ben = exams.finished(BEN, "a", 2, List.of());
    private final Attempt cara = exams.finished(CARA, "a", 3, List.of());
    private final Attempt dan = exams.start(DAN, List.of(), NINE);

    private RegradePlan plan(List<Attempt> attempts) {
        return Regrade.dryRun(exams.assessment, attempts, exams.versions(),
                Map.of(exams.corrected.id(), exams.corrected), exams.assessment.scheme());
    }

    private static Score score(AttemptGrade grade) {
        return ((AttemptGrade.Graded) grade).score();
    }

    @Test
    @DisplayName("The diff lists who changes grade: Anna 60 → 40 % (loses her pass), Ben 40 → 60 % (gains one), "
            + "Cara 60 → 80 %")
    void diff() {
        RegradePlan plan = plan(List.of(anna, ben, cara, dan));

        assertThat(plan.attemptChanges()).extracting(AttemptChange::learner).containsExactly(ANNA, BEN, CARA);
        AttemptChange annaChange = plan.attemptChanges().get(0);
        assertThat(annaChange.scoreBefore()).contains(Score.parse("60.00"));
        assertThat(annaChange.scoreAfter()).contains(Score.parse("40.00"));
        assertThat(annaChange.passChanged()).isTrue();
        assertThat(plan.attemptChanges().get(2).passChanged()).as("Cara passes before and after").isFalse();
        assertThat(plan.learnerChanges()).filteredOn(LearnerChange::losesPass).extracting(LearnerChange::learner)
                .containsExactly(ANNA);
        assertThat(plan.learnerChanges()).filteredOn(LearnerChange::gainsPass).extracting(LearnerChange::learner)
                .containsExactly(BEN);
        assertThat(plan.summary()).isEqualTo("4 attempts checked, 3 change grade, 3 learners change result "
                + "(1 lose a pass, 1 gain one), 0 cannot be re-marked");
    }

    @Test
    @DisplayName("A dry run changes nothing: the attempts keep their grades until the plan is applied")
    void dryRunChangesNothing() {
        RegradePlan plan = plan(List.of(anna));

        assertThat(score(anna.grade().orElseThrow())).isEqualTo(Score.parse("60.00"));
        assertThat(anna.paper().get(0).key()).isEqualTo(exams.wrongKey.key());
        Attempt after = plan.regraded().get(0);
        assertThat(after.paper().get(0).key()).isEqualTo(exams.corrected.key());
        assertThat(score(after.grade().orElseThrow())).isEqualTo(Score.parse("40.00"));
        assertThat(after.finishedAt()).isEqualTo(anna.finishedAt());
    }

    @Test
    @DisplayName("An attempt in progress is re-pinned to the corrected version (it will be graded with it) "
            + "without appearing in the grade diff")
    void inProgressRepinned() {
        RegradePlan plan = plan(List.of(dan));

        assertThat(plan.attemptChanges()).isEmpty();
        assertThat(plan.regraded()).singleElement().satisfies(attempt -> {
            assertThat(attempt.state()).isEqualTo(AttemptState.IN_PROGRESS);
            assertThat(attempt.paper().get(0).key()).isEqualTo(exams.corrected.key());
        });
    }

    @Test
    @DisplayName("Running the dry run again gives the same plan")
    void repeatable() {
        assertThat(plan(List.of(anna, ben, cara))).isEqualTo(plan(List.of(anna, ben, cara)));
    }

    @Test
    @DisplayName("With the highest-grade method, a learner whose other attempt still passes keeps the pass")
    void gradingMethodDecides() {
        Attempt annaSecond = exams.finished(ANNA, "c", 3, List.of(anna));

        RegradePlan plan = plan(List.of(anna, annaSecond));

        assertThat(plan.attemptChanges()).extracting(AttemptChange::attempt).containsExactly(anna.id());
        assertThat(plan.learnerChanges()).isEmpty();
    }

    @Test
    @DisplayName("A correction that no longer fits an answer (its option removed) leaves that attempt as it was, "
            + "listed for a person to decide")
    void incompatible() {
        SingleChoiceQuestion withoutC = new SingleChoiceQuestion(exams.corrected.key().next(), exams.corrected.stem(),
                Fraction.ONE, List.of(Choice.of("a", "Corrugator supercilii", Fraction.ONE),
                Choice.of("b", "Frontalis", Fraction.ZERO)));
        Attempt choseC = exams.finished(DAN, "c", 4, List.of());
        Map<QuestionKey, Question> versions = new HashMap<>(exams.versions());
        versions.put(withoutC.key(), withoutC);

        RegradePlan plan = Regrade.dryRun(exams.assessment, List.of(choseC, cara), versions,
                Map.of(withoutC.id(), withoutC), exams.assessment.scheme());

        assertThat(plan.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.attempt()).isEqualTo(choseC.id());
            assertThat(problem.reason()).contains("no option 'c'");
        });
        assertThat(plan.regraded()).extracting(Attempt::id).containsExactly(cara.id());
    }

    @Test
    @DisplayName("Lowering the pass mark is a regrade too: Ben's 40 % passes a 40 % pass mark")
    void schemeChange() {
        GradingScheme forty = new GradingScheme(PassMark.of("40"), NegativeMarkFloor.TOTAL, List.of());

        RegradePlan plan = Regrade.dryRun(exams.assessment, List.of(anna, ben), exams.versions(), Map.of(), forty);

        assertThat(plan.learnerChanges()).extracting(LearnerChange::learner).containsExactly(BEN);
        assertThat(plan.learnerChanges().get(0).gainsPass()).isTrue();
    }

    @Test
    @DisplayName("Nothing to correct and the same scheme: an empty plan")
    void nothing() {
        RegradePlan plan = Regrade.dryRun(exams.assessment, List.of(anna, ben), exams.versions(), Map.of(),
                exams.assessment.scheme());

        assertThat(plan.attemptChanges()).isEmpty();
        assertThat(plan.regraded()).isEmpty();
        assertThat(plan.learnerChanges()).isEmpty();
    }

    @Test
    @DisplayName("An attempt whose answers were saved after the correction keeps them through the regrade")
    void answersKept() {
        Attempt answered = saved(dan.answer(exams.wrongKey.id(), new Response.SelectedOption("a"), 0, exams.wrongKey,
                NINE.plusSeconds(5)));

        Attempt repinned = plan(List.of(answered)).regraded().get(0);

        assertThat(repinned.answers()).containsEntry(exams.wrongKey.id(), new Response.SelectedOption("a"));
        assertThat(repinned.sequence()).isEqualTo(answered.sequence());
    }

    @Test
    @DisplayName("Re-marking only the corrected question gives exactly the grade of marking the whole paper again")
    void partialRegradeIsExact() {
        List<Question> correctedPaper = new ArrayList<>(exams.published());
        correctedPaper.set(0, exams.corrected);

        for (Attempt attempt : List.of(anna, ben, cara)) {
            Attempt after = plan(List.of(attempt)).regraded().get(0);
            assertThat(after.grade()).contains(AttemptGrader.grade(correctedPaper,
                    attempt.answers(), attempt.manualGrades(), exams.assessment.scheme()));
        }
    }

    @Test
    @DisplayName("Changing the negative-mark floor re-marks every question under the new floor")
    void floorChange() {
        GradingScheme perQuestion = exams.assessment.scheme().withNegativeMarks(NegativeMarkFloor.EACH_QUESTION);

        RegradePlan plan = Regrade.dryRun(exams.assessment, List.of(anna), exams.versions(), Map.of(), perQuestion);

        assertThat(plan.regraded()).singleElement().satisfies(attempt ->
                assertThat(attempt.grade().orElseThrow().scheme()).isEqualTo(perQuestion));
    }
}
