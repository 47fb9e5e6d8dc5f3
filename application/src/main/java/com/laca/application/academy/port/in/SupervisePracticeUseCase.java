package com.laca.application.academy.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.academy.CaseLogEntryId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.CaseStatus;
import com.laca.domain.academy.practice.OsceRecord;
import com.laca.domain.academy.practice.PracticeResult;
import com.laca.domain.academy.practice.SignOffDecision;
import com.laca.domain.shared.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Lets supervisors and examiners (CASELOG_SIGN_OFF) confirm or decline trainees' logged cases under their own verified
 * registration and record OSCE sittings; a decision that completes what the course requires completes the enrolment
 * and issues the certificate in the same transaction.
 */
public interface SupervisePracticeUseCase {

    /** The course's cases, oldest first, optionally only those in one status (the sign-off queue). */
    List<CaseLogEntry> cases(Caller caller, CourseId course, Optional<CaseStatus> status);

    /** Confirms or declines a case as the caller, under the caller's verified professional registration. */
    PracticeResult<CaseLogEntry> signOff(Caller caller, CaseLogEntryId id, SignOffDecision decision,
                                         Optional<String> comment);

    /** Records one sitting of a station with the caller as examiner. */
    PracticeResult<OsceRecord> recordSitting(Caller caller, RecordSittingCommand command);

    /** A trainee's cases, signed-off counts and OSCE standing on the course. */
    PracticalRecord practice(Caller caller, CourseId course, UserId trainee);
}
