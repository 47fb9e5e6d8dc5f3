package com.laca.domain.academy.practice;

import com.laca.domain.academy.CaseLogEntryId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.academy.Verification;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Logged and signed-off cases for the specifications of the academy. */
public final class Cases {

    /** When cases take place. */
    public static final Instant CLINIC = Instant.parse("2026-06-10T14:00:00Z");
    /** A supervising doctor, registration verified. */
    public static final UserId SUPERVISOR = UserId.random();
    /** The supervisor's verified GMC registration. */
    public static final ProfessionalRegistration SUPERVISOR_GMC = ProfessionalRegistration
            .claimed(RegulatoryBody.GMC, "7654321").verified(new Verification(UserId.random(), Instant.EPOCH));

    private Cases() {
    }

    /** A case with every checklist item ticked, awaiting sign-off. */
    public static CaseLogEntry logged(UserId trainee, CourseId course, Modality modality,
                                      PracticalRequirement requirement) {
        PracticeResult<CaseLogEntry> result = CaseLogEntry.log(CaseLogEntryId.random(), trainee, course, modality,
                "Glabella, 20 units", CLINIC, new PatientReference("TOX-0042"), Set.of("signed", "photos"),
                Set.of("history", "contra"), Optional.empty(), requirement, CLINIC.plusSeconds(3600));
        return ((PracticeResult.Applied<CaseLogEntry>) result).value();
    }

    /** A case confirmed by the supervisor. */
    public static CaseLogEntry signedOff(UserId trainee, CourseId course, Modality modality,
                                         PracticalRequirement requirement) {
        PracticeResult<CaseLogEntry> result = logged(trainee, course, modality, requirement).decide(
                new SupervisorSignOff(SUPERVISOR, SUPERVISOR_GMC, SignOffDecision.CONFIRMED, CLINIC.plusSeconds(7200),
                        Optional.of("Good technique.")));
        return ((PracticeResult.Applied<CaseLogEntry>) result).value();
    }
}
