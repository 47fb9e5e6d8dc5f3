package com.laca.domain.scheduling;

import com.laca.domain.clinic.Qualification;
import com.laca.domain.shared.PractitionerId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The little the engine needs to know about a practitioner, so scheduling does not depend on the clinic aggregate.
 *
 * @param id             the practitioner
 * @param qualifications what they are allowed to do, checked against a treatment's requirements
 */
public record PractitionerProfile(PractitionerId id, Set<Qualification> qualifications) {

    public PractitionerProfile {
        Objects.requireNonNull(id, "id");
        qualifications = Set.copyOf(Objects.requireNonNull(qualifications, "qualifications"));
    }

    /** Shorthand for a practitioner holding the given qualifications. */
    public static PractitionerProfile of(PractitionerId id, Qualification... qualifications) {
        Set<Qualification> held = EnumSet.noneOf(Qualification.class);
        held.addAll(Arrays.asList(qualifications));
        return new PractitionerProfile(id, held);
    }

    /** True when this practitioner holds every qualification the treatment asks for. */
    public boolean isQualifiedFor(TreatmentRequirements treatment) {
        return qualifications.containsAll(treatment.requiredQualifications());
    }
}
