package com.laca.domain.academy.certificate;

import com.laca.domain.academy.assessment.LearnerChange;
import com.laca.domain.academy.assessment.RegradePlan;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.academy.enrolment.EnrolmentResult;
import com.laca.domain.academy.enrolment.EnrolmentStatus;
import com.laca.domain.academy.grading.OverallGrade;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Carries a regrade through to completion and certificates, so a corrected answer key reaches every certificate it
 * affects (the failure Moodle's tracker is full of). Pure: the dry run shows the same impact the apply step saves.
 *
 * <p>A learner who loses their pass has their completed enrolment reopened and their certificate suspended (or
 * revoked, if the person applying chooses so) with a reason naming the regrade and the new result. A learner who
 * gains a pass may now complete; a certificate a regrade had suspended is reinstated. Suspensions a person made are
 * never lifted by a regrade.
 */
public final class RegradeConsequences {

    private RegradeConsequences() {
    }

    /**
     * The impact of {@code plan} on the course whose theory assessment was regraded.
     *
     * @param enrolments   each affected learner's enrolment on the course, by learner (missing ones are skipped)
     * @param certificates each learner's current certificate for the course, by learner (missing ones are skipped)
     * @param why          what was corrected, e.g. "question 12 corrected: 0.1 ml holds 4 units"
     * @param by           the person applying the regrade
     */
    public static RegradeImpact of(RegradePlan plan, Map<UserId, Enrolment> enrolments,
                                   Map<UserId, Certificate> certificates, RegradeAction action, String why,
                                   UserId by, Instant now) {
        List<Enrolment> reopened = new ArrayList<>();
        List<Certificate> changed = new ArrayList<>();
        List<UserId> mayNowComplete = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (LearnerChange change : plan.learnerChanges()) {
            UserId learner = change.learner();
            Enrolment enrolment = enrolments.get(learner);
            Certificate certificate = certificates.get(learner);
            if (change.losesPass()) {
                String reason = "Regrade: " + why + "; result now " + describe(change.after());
                if (enrolment != null && enrolment.status() == EnrolmentStatus.COMPLETED
                        && enrolment.reopen(reason, now) instanceof EnrolmentResult.Applied applied) {
                    reopened.add(applied.enrolment());
                }
                if (certificate != null) {
                    CertificateResult result = action == RegradeAction.SUSPEND
                            ? certificate.suspend(reason, by, StatusCause.REGRADE, now)
                            : certificate.revoke(reason, by, StatusCause.REGRADE, now);
                    if (result instanceof CertificateResult.Applied applied) {
                        changed.add(applied.certificate());
                    }
                }
                notes.add(learner + " loses the pass (" + describe(change.before()) + " → " + describe(change.after())
                        + ")");
            } else if (change.gainsPass()) {
                mayNowComplete.add(learner);
                if (certificate != null && certificate.suspension().isPresent()) {
                    CertificateResult result = certificate.reinstate("Regrade: " + why + "; result now "
                            + describe(change.after()), by, StatusCause.REGRADE, now);
                    if (result instanceof CertificateResult.Applied applied) {
                        changed.add(applied.certificate());
                    }
                }
                notes.add(learner + " gains a pass (" + describe(change.before()) + " → " + describe(change.after())
                        + ")");
            } else {
                notes.add(learner + " changes score only (" + describe(change.before()) + " → "
                        + describe(change.after()) + ")");
            }
        }
        return new RegradeImpact(reopened, changed, mayNowComplete, notes);
    }

    private static String describe(OverallGrade grade) {
        if (grade instanceof OverallGrade.Decided decided) {
            return decided.value() + (decided.passed() ? ", a pass" : ", not a pass");
        }
        if (grade instanceof OverallGrade.Awaiting) {
            return "waiting for an instructor's marking";
        }
        return "not attempted";
    }
}
