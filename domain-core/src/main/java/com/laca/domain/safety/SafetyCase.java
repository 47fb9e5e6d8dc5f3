package com.laca.domain.safety;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.CourseId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One question to the safety policy: may this client have this treatment, by this practitioner, here, at this time?
 *
 * @param stage        booking, reschedule or check-in
 * @param client       what is known about the client
 * @param category     the treatment's category
 * @param course       the treatment course the appointment belongs to (consent is per course)
 * @param practitioner who would treat; empty when listing slots before a practitioner is chosen
 * @param location     where
 * @param start        the treatment's start
 * @param now          the current instant; facts recorded after it are ignored
 */
public record SafetyCase(SafetyStage stage, ClientSafetyFacts client, TreatmentCategory category, CourseId course,
                         Optional<PractitionerSafetyFacts> practitioner, LocationSafetyFacts location, Instant start,
                         Instant now) {

    public SafetyCase {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(now, "now");
    }
}
