package com.laca.domain.academy.practice;

import com.laca.domain.academy.CaseLogEntryId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.Texts;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One case in a trainee's log for a course: what they did, how involved they were, for which (pseudonymous) patient,
 * with the checklists ticked, and the supervisor's decision. Immutable; the canonical constructor reloads a stored
 * entry and {@link #log} creates one under the course's requirement.
 *
 * @param procedure          what was done, e.g. "Glabella, 20 units"; no patient details
 * @param performedAt        when the case took place
 * @param consentTicked      the consent items ticked
 * @param consultationTicked the consultation items ticked
 * @param reflection         the trainee's own notes; no patient details
 * @param signOff            the supervisor's decision, once made
 */
public record CaseLogEntry(CaseLogEntryId id, UserId trainee, CourseId course, Modality modality, String procedure,
                           Instant performedAt, PatientReference patient, Set<String> consentTicked,
                           Set<String> consultationTicked, Optional<String> reflection,
                           Optional<SupervisorSignOff> signOff) {

    public CaseLogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trainee, "trainee");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(modality, "modality");
        procedure = Texts.required(procedure, "procedure", 300);
        Objects.requireNonNull(performedAt, "performedAt");
        Objects.requireNonNull(patient, "patient");
        consentTicked = Set.copyOf(consentTicked);
        consultationTicked = Set.copyOf(consultationTicked);
        reflection = Texts.optional(reflection, "reflection", 5000);
        Objects.requireNonNull(signOff, "signOff");
    }

    /**
     * Logs a case, refused unless every consent and consultation item of the course is ticked and the case is not in
     * the future.
     */
    public static PracticeResult<CaseLogEntry> log(CaseLogEntryId id, UserId trainee, CourseId course,
                                                   Modality modality, String procedure, Instant performedAt,
                                                   PatientReference patient, Set<String> consentTicked,
                                                   Set<String> consultationTicked, Optional<String> reflection,
                                                   PracticalRequirement requirement, Instant now) {
        for (String ticked : consentTicked) {
            if (!requirement.consent().contains(ticked)) {
                throw new IllegalArgumentException("'" + ticked + "' is not on the course's consent checklist");
            }
        }
        for (String ticked : consultationTicked) {
            if (!requirement.consultation().contains(ticked)) {
                throw new IllegalArgumentException("'" + ticked + "' is not on the course's consultation checklist");
            }
        }
        if (performedAt.isAfter(now)) {
            return new PracticeResult.Refused<>(PracticeRefusal.IN_THE_FUTURE,
                    "a case can be logged once it has taken place", List.of());
        }
        List<String> missing = new ArrayList<>(requirement.consent().missing(consentTicked));
        missing.addAll(requirement.consultation().missing(consultationTicked));
        if (!missing.isEmpty()) {
            return new PracticeResult.Refused<>(PracticeRefusal.CHECKLIST_INCOMPLETE,
                    "every consent and consultation item must be ticked", missing);
        }
        return new PracticeResult.Applied<>(new CaseLogEntry(id, trainee, course, modality, procedure, performedAt,
                patient, consentTicked, consultationTicked, reflection, Optional.empty()));
    }

    /** Where the case stands with its supervisor. */
    public CaseStatus status() {
        return signOff.map(decided -> decided.decision() == SignOffDecision.CONFIRMED ? CaseStatus.SIGNED_OFF
                : CaseStatus.DECLINED).orElse(CaseStatus.AWAITING_SIGN_OFF);
    }

    /** Whether the case counts towards the course's minimum: only a confirmed sign-off does. */
    public boolean counts() {
        return status() == CaseStatus.SIGNED_OFF;
    }

    /**
     * Records the supervisor's decision, refused for the trainee's own work, an unverified registration, a date
     * before the case, or a case already decided.
     */
    public PracticeResult<CaseLogEntry> decide(SupervisorSignOff decision) {
        if (signOff.isPresent()) {
            return new PracticeResult.Refused<>(PracticeRefusal.ALREADY_DECIDED,
                    "the case was already " + status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    List.of());
        }
        if (decision.supervisor().equals(trainee)) {
            return new PracticeResult.Refused<>(PracticeRefusal.OWN_WORK, "a trainee cannot sign off their own case",
                    List.of());
        }
        if (!decision.registration().isVerified()) {
            return new PracticeResult.Refused<>(PracticeRefusal.REGISTRATION_NOT_VERIFIED,
                    "the supervisor's " + decision.registration().body() + " registration has not been verified",
                    List.of());
        }
        if (decision.signedAt().isBefore(performedAt)) {
            return new PracticeResult.Refused<>(PracticeRefusal.BEFORE_THE_CASE,
                    "a case cannot be signed off before it took place", List.of());
        }
        return new PracticeResult.Applied<>(new CaseLogEntry(id, trainee, course, modality, procedure, performedAt,
                patient, consentTicked, consultationTicked, reflection, Optional.of(decision)));
    }
}
