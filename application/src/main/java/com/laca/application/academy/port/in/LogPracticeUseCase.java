package com.laca.application.academy.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.PracticeResult;

/**
 * Lets a trainee (LEARN) keep their own case log on a course they are actively enrolled on and see their practical
 * progress; refusals (an unticked consent item, a case in the future) are sealed results with the domain's codes.
 */
public interface LogPracticeUseCase {

    /**
     * Logs a case awaiting the supervisor's sign-off; the same case logged again (same patient reference, moment and
     * modality) answers the case already stored, so a retry never counts twice.
     */
    PracticeResult<CaseLogEntry> logCase(Caller caller, LogCaseCommand command);

    /** My cases, signed-off counts and OSCE standing on the course. */
    PracticalRecord myPractice(Caller caller, CourseId course);
}
