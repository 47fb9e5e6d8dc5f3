package com.laca.domain.safety;

import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.shared.PractitionerId;
import java.util.Objects;

/**
 * A practitioner who may prescribe, with the registration that makes it so; the only kind of person who can hold a
 * prescriber consultation, issue a prescription or decide a prescriber review.
 *
 * @param practitioner the practitioner
 * @param name         their name as printed on records
 * @param registration their statutory registration
 */
public record Prescriber(PractitionerId practitioner, String name, PrescriberRegistration registration) {

    public Prescriber {
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(registration, "registration");
    }

    /** The practitioner as a prescriber; refused unless they hold the prescriber qualification. */
    public static Prescriber of(Practitioner practitioner, PrescriberRegistration registration) {
        if (!practitioner.qualifications().contains(Qualification.PRESCRIBER)) {
            throw new IllegalArgumentException(practitioner.displayName() + " is not a prescriber");
        }
        return new Prescriber(practitioner.id(), practitioner.displayName(), registration);
    }
}
