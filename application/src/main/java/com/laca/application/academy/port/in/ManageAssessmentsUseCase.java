package com.laca.application.academy.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.assessment.CourseAssessment;
import com.laca.domain.academy.assessment.QuestionBank;
import com.laca.domain.academy.question.Question;
import java.util.List;

/**
 * Staff author question banks, questions (every edit a new version, so attempts already given a version keep it)
 * and the assessments of a course (COURSES_MANAGE; reading needs COURSES_VIEW).
 */
public interface ManageAssessmentsUseCase {

    QuestionBank createBank(Caller caller, String title);

    List<QuestionBank> banks(Caller caller);

    /** The latest version of every question in the bank, answer keys included (staff only). */
    List<Question> questions(Caller caller, QuestionBankId bank);

    /** Adds a question to the bank as version 1. */
    Question addQuestion(Caller caller, QuestionBankId bank, QuestionDraft draft);

    /** Saves a corrected question as its next version; attempts keep the version they were given until a regrade. */
    Question reviseQuestion(Caller caller, QuestionId question, QuestionDraft draft);

    /** Creates an assessment; its fixed questions and banks must exist and each bank hold enough questions. */
    CourseAssessment createAssessment(Caller caller, AssessmentDraft draft);

    CourseAssessment assessment(Caller caller, AssessmentId id);

    List<CourseAssessment> assessments(Caller caller, CourseId course);
}
