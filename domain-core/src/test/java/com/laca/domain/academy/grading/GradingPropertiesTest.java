package com.laca.domain.academy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.question.MultipleChoiceQuestion;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionMark;
import com.laca.domain.academy.question.Response;
import com.laca.domain.academy.question.SampleQuestions;
import com.laca.domain.academy.question.SingleChoiceQuestion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

@Label("Grading invariants over random attempts")
class GradingPropertiesTest {

    @Property
    @Label("a multiple-choice credit is always within [0, 1], whatever is chosen")
    void multipleChoiceClamped(@ForAll long seed) {
        MultipleChoiceQuestion question = SampleQuestions.contraindications(SampleQuestions.newKey());
        Random random = new Random(seed);
        Set<String> chosen = new HashSet<>();
        for (String key : List.of("a", "b", "c", "d")) {
            if (random.nextBoolean()) {
                chosen.add(key);
            }
        }
        Fraction credit = ((QuestionMark.Credited) question.mark(new Response.SelectedOptions(chosen))).credit();

        assertThat(credit).isBetween(Fraction.ZERO, Fraction.ONE);
    }

    @Property
    @Label("with totals floored, a score is always between 0 and 100 %, and pass is exactly 'shown score >= pass mark'")
    void scoreWithinBoundsAndPassConsistent(@ForAll long seed, @ForAll @IntRange(min = 0, max = 10000) int passMark) {
        Random random = new Random(seed);
        List<Question> paper = new ArrayList<>();
        Map<QuestionId, Response> answers = new HashMap<>();
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
            SingleChoiceQuestion question = SampleQuestions.glabellaMuscle(SampleQuestions.newKey());
            paper.add(question);
            if (random.nextInt(4) > 0) {
                answers.put(question.id(), new Response.SelectedOption(List.of("a", "b", "c", "d").get(
                        random.nextInt(4))));
            }
        }
        PassMark mark = new PassMark(BigDecimal.valueOf(passMark, 2));

        AttemptGrade.Graded grade = (AttemptGrade.Graded) AttemptGrader.grade(paper, answers, Map.of(),
                new GradingScheme(mark, NegativeMarkFloor.TOTAL, List.of()));

        assertThat(grade.score().percent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(grade.score().percent()).isEqualTo(grade.exactPercent().toDecimal(2, RoundingMode.HALF_UP));
        assertThat(grade.passed()).isEqualTo(grade.score().percent().compareTo(mark.percent()) >= 0);
    }

    @Property
    @Label("the highest-grade method never reports less than any graded attempt, the average lies between them")
    void methodsBounded(@ForAll @LongRange(min = 0, max = 1000) long a,
                        @ForAll @LongRange(min = 0, max = 1000) long b) {
        List<AttemptOutcome> attempts = List.of(
                new AttemptOutcome(AttemptId.random(), 1,
                        Papers.scoring(a, 1000, GradingScheme.passingAt("60"))),
                new AttemptOutcome(AttemptId.random(), 2,
                        Papers.scoring(b, 1000, GradingScheme.passingAt("60"))));
        Score low = Score.of(Fraction.of(Math.min(a, b), 10));
        Score high = Score.of(Fraction.of(Math.max(a, b), 10));

        assertThat(GradingMethod.HIGHEST.combine(attempts, PassMark.of("60")).score()).contains(high);
        assertThat(GradingMethod.AVERAGE.combine(attempts, PassMark.of("60")).score().orElseThrow())
                .isBetween(low, high);
    }
}
