package com.laca.application.academy.port.in;

import com.laca.domain.academy.assessment.Assessment;
import com.laca.domain.academy.assessment.Attempt;
import com.laca.domain.academy.question.Question;
import java.util.List;

/**
 * An attempt with the question versions it pinned, in paper order, and its assessment: what an adapter needs to show
 * the paper (it shows stems and options only, never the answer keys) or the staff's view of the attempt.
 */
public record AttemptPaper(Assessment assessment, Attempt attempt, List<Question> questions) {

    public AttemptPaper {
        questions = List.copyOf(questions);
    }
}
