package com.laca.domain.academy.grading;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.Response;
import com.laca.domain.academy.question.SampleQuestions;
import com.laca.domain.academy.question.TrueFalseQuestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Papers whose marks give an exact percentage, to put scores precisely on the rounding edges. */
final class Papers {

    private Papers() {
    }

    /** The grade of true/false questions worth {@code earned} marks answered right and the rest answered wrong. */
    static AttemptGrade.Graded scoring(long earned, long total, GradingScheme scheme) {
        List<Question> paper = new ArrayList<>();
        Map<QuestionId, Response> answers = new HashMap<>();
        if (earned > 0) {
            TrueFalseQuestion right = TrueFalseQuestion.of(SampleQuestions.newKey(), "Right", Fraction.of(earned),
                    true);
            paper.add(right);
            answers.put(right.id(), new Response.TrueOrFalse(true));
        }
        if (total > earned) {
            TrueFalseQuestion wrong = TrueFalseQuestion.of(SampleQuestions.newKey(), "Wrong",
                    Fraction.of(total - earned), true);
            paper.add(wrong);
            answers.put(wrong.id(), new Response.TrueOrFalse(false));
        }
        return (AttemptGrade.Graded) AttemptGrader.grade(paper, answers, Map.of(), scheme);
    }
}
