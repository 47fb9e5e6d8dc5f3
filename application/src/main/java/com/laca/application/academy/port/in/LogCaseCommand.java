package com.laca.application.academy.port.in;

import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.PatientReference;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A trainee's case for their log on a course; the trainee is the caller, never a field, so nobody logs a case in
 * another trainee's name.
 *
 * @param consentTicked      keys of the consent checklist items ticked
 * @param consultationTicked keys of the consultation checklist items ticked
 */
public record LogCaseCommand(CourseId course, Modality modality, String procedure, Instant performedAt,
                             PatientReference patient, Set<String> consentTicked, Set<String> consultationTicked,
                             Optional<String> reflection) {

    public LogCaseCommand {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(performedAt, "performedAt");
        Objects.requireNonNull(patient, "patient");
        consentTicked = Set.copyOf(consentTicked);
        consultationTicked = Set.copyOf(consultationTicked);
        Objects.requireNonNull(reflection, "reflection");
    }
}
