package com.laca.application.academy.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.assessment.AttemptResult;
import com.laca.domain.academy.assessment.CourseAssessment;
import com.laca.domain.academy.assessment.LearnerReview;
import com.laca.domain.academy.question.Response;
import java.util.List;

/**
 * A trainee takes an assessment of a course they are actively enrolled on (LEARN): start an attempt (paper drawn on
 * the server, deadline fixed on the server), save answers naming the sequence their page was built from, finish
 * (twice, or at once from two tabs, grades once), and read their result as the assessment's kind allows.
 */
public interface TakeAssessmentUseCase {

    /** The assessments of a course the caller is enrolled on. */
    List<CourseAssessment> assessmentsOf(Caller caller, CourseId course);

    AttemptResult start(Caller caller, AssessmentId assessment);

    AttemptResult answer(Caller caller, AttemptId attempt, QuestionId question, Response response,
                         int expectedSequence);

    AttemptResult finish(Caller caller, AttemptId attempt);

    /** The caller's own attempt with its pinned questions. */
    AttemptPaper paper(Caller caller, AttemptId attempt);

    /** What the caller may see of their finished attempt: on a summative exam never the right answers. */
    LearnerReview review(Caller caller, AttemptId attempt);

    /** The caller's attempts at the assessment, by number. */
    List<AttemptPaper> myAttempts(Caller caller, AssessmentId assessment);
}
