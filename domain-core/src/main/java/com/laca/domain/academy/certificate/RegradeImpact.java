package com.laca.domain.academy.certificate;

import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.shared.UserId;
import java.util.List;

/**
 * What a regrade does beyond grades, for the dry run to show and the apply step to save: completions taken back,
 * certificates suspended, revoked or reinstated, and learners who may now complete.
 *
 * @param enrolments     completed enrolments reopened because the learner no longer passes
 * @param certificates   certificates with a status change appended
 * @param mayNowComplete learners who now pass: their completion is evaluated again (and a certificate issued if
 *                       complete)
 * @param notes          one line per learner affected, for the dry run and the audit entry
 */
public record RegradeImpact(List<Enrolment> enrolments, List<Certificate> certificates, List<UserId> mayNowComplete,
                            List<String> notes) {

    public RegradeImpact {
        enrolments = List.copyOf(enrolments);
        certificates = List.copyOf(certificates);
        mayNowComplete = List.copyOf(mayNowComplete);
        notes = List.copyOf(notes);
    }
}
