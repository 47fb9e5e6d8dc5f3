package com.laca.application.academy.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.assessment.AttemptResult;
import com.laca.domain.academy.assessment.RegradeAudit;
import java.util.List;
import java.util.Optional;

/**
 * Instructors mark essays from a queue (ASSESSMENTS_GRADE), see attempts, and regrade an assessment: first a dry run
 * that saves nothing, then applied (REGRADE_APPLY) with an audit entry, reaching enrolments and certificates.
 */
public interface GradeAssessmentsUseCase {

    /** Unmarked essays on finished attempts at the assessment, oldest attempt first. */
    List<EssayToGrade> gradingQueue(Caller caller, AssessmentId assessment);

    /** Marks (or corrects the mark of) an essay; a pass that completes the course issues the certificate. */
    AttemptResult gradeEssay(Caller caller, AttemptId attempt, QuestionId question, Fraction marks,
                             Optional<String> comment);

    /** Any learner's attempt with its pinned questions. */
    AttemptPaper attempt(Caller caller, AttemptId attempt);

    /** Every attempt at the assessment. */
    List<AttemptPaper> attempts(Caller caller, AssessmentId assessment);

    RegradePreview regradeDryRun(Caller caller, AssessmentId assessment, RegradeCommand command);

    /**
     * Applies the regrade if it still is the one reviewed ({@code fingerprint} from the dry run), else
     * {@link com.laca.application.shared.ConflictException}.
     */
    RegradePreview applyRegrade(Caller caller, AssessmentId assessment, RegradeCommand command, String fingerprint);

    List<RegradeAudit> regradeAudits(Caller caller, AssessmentId assessment);
}
