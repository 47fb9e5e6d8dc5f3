package com.laca.application.academy.port.out;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.assessment.Attempt;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores the current tenant's attempts with their pinned papers, answers, essay marks and grades; one attempt per
 * learner, assessment and number (so two starts at once never make two first attempts), changed under a row lock so
 * concurrent answers and finishes queue and a second finish sees the first.
 */
public interface AttemptRepository {

    /** Stores a new attempt; {@link com.laca.application.shared.ConflictException} if its number is taken. */
    void insert(Attempt attempt);

    /** Stores the attempt's new state. */
    void update(Attempt attempt);

    Optional<Attempt> find(AttemptId id);

    /** The attempt, locked until the transaction ends. */
    Optional<Attempt> findForUpdate(AttemptId id);

    /** The learner's attempts at the assessment, by number. */
    List<Attempt> listByLearner(AssessmentId assessment, UserId learner);

    /** Every attempt at the assessment, by learner and number. */
    List<Attempt> listByAssessment(AssessmentId assessment);

    /** Every attempt at the assessment, locked until the transaction ends (a regrade being applied). */
    List<Attempt> listByAssessmentForUpdate(AssessmentId assessment);

    /** Attempts still in progress whose answer cutoff is before {@code now}, for the closing job. */
    List<Attempt> listOverdue(Instant now);
}
