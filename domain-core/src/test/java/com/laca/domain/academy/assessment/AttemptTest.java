package com.laca.domain.academy.assessment;

import static com.laca.domain.academy.assessment.Exams.NINE;
import static com.laca.domain.academy.assessment.Exams.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.grading.AttemptGrade;
import com.laca.domain.academy.grading.GradingMethod;
import com.laca.domain.academy.grading.GradingScheme;
import com.laca.domain.academy.grading.ManualGrade;
import com.laca.domain.academy.grading.Score;
import com.laca.domain.academy.question.EssayQuestion;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.Response;
import com.laca.domain.academy.question.SampleQuestions;
import com.laca.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("An attempt: started under the rules, answered before the server's deadline, finished and graded once")
class AttemptTest {

    private static final UserId LEARNER = UserId.random();
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private static AttemptRefusal refusal(AttemptResult result) {
        assertThat(result).isInstanceOf(AttemptResult.Refused.class);
        return ((AttemptResult.Refused) result).reason();
    }

    private static AttemptResult start(Exams exams, List<Attempt> previous, AttemptOverride override, Instant at) {
        return Attempt.start(AttemptId.random(), exams.assessment, LEARNER, previous, override,
                PaperDrawer.draw(exams.assessment.blueprint(), exams.pool(), Set.of(), new Random(1)), at);
    }

    private static AttemptResult answerFirst(Exams exams, Attempt attempt, Instant at) {
        return attempt.answer(exams.wrongKey.id(), new Response.SelectedOption("a"), attempt.sequence(),
                exams.wrongKey, at);
    }

    @Nested
    @DisplayName("Starting")
    class Starting {

        @Test
        @DisplayName("numbers attempts 1, 2, … and pins the question versions drawn")
        void numbersAndPins() {
            Exams exams = new Exams();
            Attempt first = exams.finished(LEARNER, "a", 4, List.of());
            Attempt second = saved(start(exams, List.of(first), AttemptOverride.none(), NINE.plusSeconds(3600)));

            assertThat(first.number()).isEqualTo(1);
            assertThat(second.number()).isEqualTo(2);
            assertThat(second.state()).isEqualTo(AttemptState.IN_PROGRESS);
            assertThat(second.paper()).extracting(PinnedQuestion::key)
                    .containsExactlyElementsOf(exams.published().stream().map(Question::key).toList());
        }

        @Test
        @DisplayName("names the questions it was given, so the next paper can prefer unseen ones")
        void questionsSeen() {
            Exams exams = new Exams();
            Attempt first = exams.start(LEARNER, List.of(), NINE);

            assertThat(first.questionIds()).containsExactlyInAnyOrderElementsOf(
                    exams.published().stream().map(Question::id).toList());
        }

        @Test
        @DisplayName("is refused before the assessment opens and from the moment it closes")
        void openingAndClosing() {
            Exams exams = new Exams(AttemptRules.unrestricted().openBetween(NINE, NINE.plus(Duration.ofHours(2))),
                    GradingMethod.HIGHEST, AssessmentKind.SUMMATIVE);

            assertThat(refusal(start(exams, List.of(), AttemptOverride.none(), NINE.minusSeconds(1))))
                    .isEqualTo(AttemptRefusal.NOT_OPEN);
            assertThat(start(exams, List.of(), AttemptOverride.none(), NINE))
                    .isInstanceOf(AttemptResult.Applied.class);
            assertThat(refusal(start(exams, List.of(), AttemptOverride.none(), NINE.plus(Duration.ofHours(2)))))
                    .isEqualTo(AttemptRefusal.CLOSED);
        }

        @Test
        @DisplayName("is refused once the attempt limit is used, unless the learner was granted more")
        void attemptLimit() {
            Exams exams = new Exams(AttemptRules.unrestricted().withAttemptLimit(2), GradingMethod.HIGHEST,
                    AssessmentKind.SUMMATIVE);
            Attempt first = exams.finished(LEARNER, "c", 0, List.of());
            Attempt second = exams.finished(LEARNER, "c", 1, List.of(first));

            assertThat(refusal(start(exams, List.of(first, second), AttemptOverride.none(), NINE)))
                    .isEqualTo(AttemptRefusal.ATTEMPT_LIMIT_REACHED);
            assertThat(saved(start(exams, List.of(first, second), new AttemptOverride(Duration.ZERO, 1), NINE))
                    .number()).isEqualTo(3);
        }

        @Test
        @DisplayName("is refused while another attempt is in progress: the learner resumes it instead")
        void oneAtATime() {
            Exams exams = new Exams();
            Attempt running = exams.start(LEARNER, List.of(), NINE);

            assertThat(refusal(start(exams, List.of(running), AttemptOverride.none(), NINE.plusSeconds(5))))
                    .isEqualTo(AttemptRefusal.ATTEMPT_IN_PROGRESS);
        }
    }

    @Nested
    @DisplayName("The deadline is the server's: min(start + limit + extra time, close), then a grace")
    class Deadline {

        private final Exams timed = new Exams(AttemptRules.unrestricted().withTimeLimit(HALF_HOUR),
                GradingMethod.HIGHEST, AssessmentKind.SUMMATIVE);

        @Test
        @DisplayName("30 minutes from 09:00 end at 09:30; 30 s of grace take answers until 09:30:30 inclusive")
        void timeLimit() {
            Attempt attempt = saved(start(timed, List.of(), AttemptOverride.none(), NINE));

            assertThat(attempt.deadline()).contains(NINE.plus(HALF_HOUR));
            assertThat(attempt.cutoff()).contains(NINE.plus(HALF_HOUR).plusSeconds(30));
        }

        @Test
        @DisplayName("one second before the grace ends an answer is saved; one second after it is refused")
        void graceEdges() {
            Attempt attempt = saved(start(timed, List.of(), AttemptOverride.none(), NINE));
            Instant cutoff = attempt.cutoff().orElseThrow();

            assertThat(answerFirst(timed, attempt, cutoff.minusSeconds(1))).isInstanceOf(AttemptResult.Applied.class);
            assertThat(answerFirst(timed, attempt, cutoff)).as("the cutoff itself is in time")
                    .isInstanceOf(AttemptResult.Applied.class);
            assertThat(refusal(answerFirst(timed, attempt, cutoff.plusSeconds(1)))).isEqualTo(AttemptRefusal.TIME_UP);
            assertThat(attempt.isOverdue(cutoff)).isFalse();
            assertThat(attempt.isOverdue(cutoff.plusSeconds(1))).isTrue();
        }

        @Test
        @DisplayName("extra time granted to a learner moves the deadline on")
        void extraTime() {
            Attempt attempt = saved(start(timed, List.of(), new AttemptOverride(Duration.ofMinutes(10), 0), NINE));

            assertThat(attempt.deadline()).contains(NINE.plus(Duration.ofMinutes(40)));
        }

        @Test
        @DisplayName("the closing time cuts an attempt short, extra time or not")
        void closeWins() {
            Instant close = NINE.plus(Duration.ofMinutes(20));
            Exams closing = new Exams(AttemptRules.unrestricted().withTimeLimit(HALF_HOUR)
                    .openBetween(NINE.minus(Duration.ofDays(1)), close), GradingMethod.HIGHEST,
                    AssessmentKind.SUMMATIVE);

            Attempt attempt = saved(start(closing, List.of(), new AttemptOverride(Duration.ofMinutes(10), 0), NINE));

            assertThat(attempt.deadline()).contains(close);
        }

        @Test
        @DisplayName("an extended close lets one learner start after the others' close, and caps their deadline")
        void extendedClose() {
            Instant close = NINE.minus(Duration.ofMinutes(5));
            Exams closed = new Exams(AttemptRules.unrestricted().withTimeLimit(HALF_HOUR)
                    .openBetween(NINE.minus(Duration.ofDays(1)), close), GradingMethod.HIGHEST,
                    AssessmentKind.SUMMATIVE);

            assertThat(refusal(start(closed, List.of(), AttemptOverride.none(), NINE)))
                    .isEqualTo(AttemptRefusal.CLOSED);
            AttemptOverride extended = new AttemptOverride(Duration.ofMinutes(10), 0, Duration.ofMinutes(20));
            Attempt attempt = saved(start(closed, List.of(), extended, NINE));

            assertThat(attempt.deadline()).as("min(start + 30 + 10 minutes, close + 20 minutes)")
                    .contains(close.plus(Duration.ofMinutes(20)));
            assertThat(refusal(start(closed, List.of(), extended, close.plus(Duration.ofMinutes(20)))))
                    .as("the learner's own close is exclusive like everyone's").isEqualTo(AttemptRefusal.CLOSED);
        }

        @Test
        @DisplayName("an override only adds: negative time, attempts or extension is a programming error")
        void overridesOnlyAdd() {
            assertThatThrownBy(() -> new AttemptOverride(Duration.ZERO, 0, Duration.ofMinutes(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(new AttemptOverride(Duration.ZERO, 0)).isEqualTo(AttemptOverride.none());
        }

        @Test
        @DisplayName("without a time limit the closing time is the deadline; with neither there is none")
        void noLimit() {
            Instant close = NINE.plus(Duration.ofDays(7));
            Exams closing = new Exams(AttemptRules.unrestricted().openBetween(NINE.minusSeconds(60), close),
                    GradingMethod.HIGHEST, AssessmentKind.SUMMATIVE);

            assertThat(saved(start(closing, List.of(), AttemptOverride.none(), NINE)).deadline()).contains(close);
            Attempt open = saved(start(new Exams(), List.of(), AttemptOverride.none(), NINE));
            assertThat(open.deadline()).isEmpty();
            assertThat(open.inTimeAt(NINE.plus(Duration.ofDays(365)))).isTrue();
        }

        @Test
        @DisplayName("finishing within the grace is a submission; after it, the attempt is recorded as timed out")
        void finishReason() {
            Attempt attempt = saved(start(timed, List.of(), AttemptOverride.none(), NINE));
            Instant cutoff = attempt.cutoff().orElseThrow();

            assertThat(saved(attempt.finish(timed.published(), timed.assessment.scheme(), cutoff)).finishReason())
                    .contains(FinishReason.SUBMITTED);
            assertThat(saved(attempt.finish(timed.published(), timed.assessment.scheme(), cutoff.plusSeconds(1)))
                    .finishReason()).contains(FinishReason.TIME_UP);
        }

        @Test
        @DisplayName("the grace is for latency only: at most five minutes")
        void graceLimited() {
            assertThatThrownBy(() -> AttemptRules.unrestricted().withGrace(Duration.ofMinutes(6)))
                    .hasMessageContaining("grace");
        }
    }

    @Nested
    @DisplayName("Answering")
    class Answering {

        private final Exams exams = new Exams();
        private final Attempt attempt = exams.start(LEARNER, List.of(), NINE);

        @Test
        @DisplayName("each saved answer moves the sequence on; a later answer replaces an earlier one")
        void sequence() {
            Attempt once = saved(answerFirst(exams, attempt, NINE.plusSeconds(10)));
            Attempt twice = saved(once.answer(exams.wrongKey.id(), new Response.SelectedOption("b"), 1,
                    exams.wrongKey, NINE.plusSeconds(20)));

            assertThat(once.sequence()).isEqualTo(1);
            assertThat(twice.sequence()).isEqualTo(2);
            assertThat(twice.answers()).containsEntry(exams.wrongKey.id(), new Response.SelectedOption("b"));
        }

        @Test
        @DisplayName("a submission from an out-of-date page (a stale sequence) is refused")
        void staleSequence() {
            Attempt moved = saved(answerFirst(exams, attempt, NINE.plusSeconds(10)));

            AttemptResult stale = moved.answer(exams.wrongKey.id(), new Response.SelectedOption("c"), 0,
                    exams.wrongKey, NINE.plusSeconds(20));

            assertThat(refusal(stale)).isEqualTo(AttemptRefusal.STALE_SEQUENCE);
            assertThat(((AttemptResult.Refused) stale).message()).contains("step 1");
        }

        @Test
        @DisplayName("an answer that does not fit its question, or a question not on the paper, is refused")
        void badAnswers() {
            assertThat(refusal(attempt.answer(exams.wrongKey.id(), new Response.SelectedOption("z"), 0,
                    exams.wrongKey, NINE))).isEqualTo(AttemptRefusal.MALFORMED_RESPONSE);
            Question stranger = SampleQuestions.aspirate(SampleQuestions.newKey());
            assertThat(refusal(attempt.answer(stranger.id(), new Response.TrueOrFalse(true), 0, stranger, NINE)))
                    .isEqualTo(AttemptRefusal.NOT_ON_PAPER);
        }
    }

    @Nested
    @DisplayName("Finishing")
    class Finishing {

        private final Exams exams = new Exams();

        @Test
        @DisplayName("grades the answers saved: 3 of 5 is 60.00 %, a pass")
        void grades() {
            Attempt attempt = exams.finished(LEARNER, "b", 2, List.of());

            assertThat(attempt.state()).isEqualTo(AttemptState.GRADED);
            assertThat(attempt.grade()).get().isInstanceOfSatisfying(AttemptGrade.Graded.class, graded -> {
                assertThat(graded.score()).isEqualTo(Score.parse("60.00"));
                assertThat(graded.passed()).isTrue();
            });
        }

        @Test
        @DisplayName("finishing twice grades once: the second finish changes nothing and says so")
        void idempotent() {
            Attempt finished = exams.finished(LEARNER, "b", 2, List.of());

            AttemptResult again = finished.finish(exams.published(), exams.assessment.scheme(),
                    NINE.plus(Duration.ofHours(1)));

            assertThat(again).isEqualTo(new AttemptResult.AlreadyFinished(finished));
        }

        @Test
        @DisplayName("a finished attempt takes no more answers")
        void closed() {
            Attempt finished = exams.finished(LEARNER, "b", 2, List.of());

            assertThat(refusal(answerFirst(exams, finished, NINE.plusSeconds(700))))
                    .isEqualTo(AttemptRefusal.ALREADY_FINISHED);
        }

        @Test
        @DisplayName("needs this attempt's pinned questions, not others")
        void pinnedOnly() {
            Attempt attempt = exams.start(LEARNER, List.of(), NINE);
            List<Question> wrongVersions = new ArrayList<>(exams.published());
            wrongVersions.set(0, exams.corrected);

            assertThatThrownBy(() -> attempt.finish(wrongVersions, exams.assessment.scheme(), NINE))
                    .hasMessageContaining("pinned");
        }
    }

    @Nested
    @DisplayName("Essays marked by an instructor")
    class ManualGrading {

        private final EssayQuestion essay = SampleQuestions.occlusion(SampleQuestions.newKey());
        private final Assessment assessment = new Assessment(AssessmentId.random(), "Complications",
                AssessmentKind.SUMMATIVE, GradingScheme.passingAt("50"), GradingMethod.LAST,
                AttemptRules.unrestricted(), Blueprint.inOrder(List.of(new QuestionSlot.Fixed(essay.id()))));
        private final Attempt started = saved(Attempt.start(AttemptId.random(), assessment, LEARNER, List.of(),
                AttemptOverride.none(), List.of(new PinnedQuestion(essay.key(), List.of())), NINE));
        private final ManualGrade three = new ManualGrade(Fraction.of(3), UserId.random(), NINE.plusSeconds(9000),
                Optional.of("Mention escalation."));

        @Test
        @DisplayName("a finished attempt with an essay waits for grading, then is graded once marked")
        void awaitingThenGraded() {
            Attempt answered = saved(started.answer(essay.id(), new Response.Text("Stop, hyaluronidase."), 0, essay,
                    NINE.plusSeconds(60)));
            Attempt finished = saved(answered.finish(List.of(essay), assessment.scheme(), NINE.plusSeconds(120)));

            assertThat(finished.state()).isEqualTo(AttemptState.AWAITING_GRADING);
            assertThat(finished.outcome().orElseThrow().grade()).isInstanceOf(AttemptGrade.AwaitingGrading.class);

            Attempt graded = saved(finished.recordManualGrade(essay.id(), three, List.of(essay), assessment.scheme()));

            assertThat(graded.state()).isEqualTo(AttemptState.GRADED);
            assertThat(((AttemptGrade.Graded) graded.grade().orElseThrow()).score()).isEqualTo(Score.parse("60.00"));
        }

        @Test
        @DisplayName("an attempt in progress cannot be marked, nor can marks exceed the question's")
        void refusals() {
            assertThat(refusal(started.recordManualGrade(essay.id(), three, List.of(essay), assessment.scheme())))
                    .isEqualTo(AttemptRefusal.NOT_FINISHED);
            Attempt finished = saved(saved(started.answer(essay.id(), new Response.Text("Answer"), 0, essay, NINE))
                    .finish(List.of(essay), assessment.scheme(), NINE));
            ManualGrade six = new ManualGrade(Fraction.of(6), UserId.random(), NINE, Optional.empty());
            assertThat(refusal(finished.recordManualGrade(essay.id(), six, List.of(essay), assessment.scheme())))
                    .isEqualTo(AttemptRefusal.MARKS_OUT_OF_RANGE);
        }

        @Test
        @DisplayName("automatically marked questions take no instructor's mark")
        void automaticOnly() {
            Exams exams = new Exams();
            Attempt finished = exams.finished(LEARNER, "a", 4, List.of());

            assertThat(refusal(finished.recordManualGrade(exams.wrongKey.id(), three, exams.published(),
                    exams.assessment.scheme()))).isEqualTo(AttemptRefusal.NOT_MANUALLY_GRADED);
        }
    }

    @Test
    @DisplayName("A stored attempt must be consistent: a graded attempt has a grade, a running one has none")
    void invariants() {
        Attempt running = new Exams().start(LEARNER, List.of(), NINE);

        assertThatThrownBy(() -> new Attempt(running.id(), running.assessment(), running.learner(), 1, NINE,
                Optional.empty(), running.grace(), running.paper(), Map.of(), 0, AttemptState.GRADED,
                Optional.empty(), Optional.empty(), Map.of(), Optional.empty()))
                .hasMessageContaining("finish time, reason and grade");
    }
}
