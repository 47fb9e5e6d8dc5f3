package com.laca.domain.safety;

import com.laca.domain.shared.PractitionerId;
import java.util.List;
import java.util.Objects;

/**
 * What the policy needs to know about the practitioner who would treat: the licences they hold.
 *
 * @param practitioner who
 * @param licences     their licences, any order
 */
public record PractitionerSafetyFacts(PractitionerId practitioner, List<Licence> licences) {

    public PractitionerSafetyFacts {
        Objects.requireNonNull(practitioner, "practitioner");
        licences = List.copyOf(licences);
    }
}
