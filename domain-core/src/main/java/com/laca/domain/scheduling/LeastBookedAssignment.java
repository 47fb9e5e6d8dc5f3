package com.laca.domain.scheduling;

import com.laca.domain.shared.PractitionerId;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.ToIntFunction;

/**
 * The fair rule for "any practitioner": the candidate with the fewest appointments that local day gets the booking,
 * ties going to the lowest id (in canonical UUID text order), so work spreads evenly and the choice is repeatable.
 */
public final class LeastBookedAssignment {

    private LeastBookedAssignment() {
    }

    /**
     * Picks the practitioner to assign.
     *
     * @param candidates     practitioners who can all take the slot; not empty
     * @param bookedThatDay  how many appointments each already has on the slot's local date
     * @return the least booked candidate, ties broken by id
     */
    public static PractitionerId choose(Collection<PractitionerId> candidates, ToIntFunction<PractitionerId> bookedThatDay) {
        return candidates.stream()
                .min(Comparator.<PractitionerId>comparingInt(bookedThatDay)
                        .thenComparing(PractitionerId::toString))
                .orElseThrow(() -> new IllegalArgumentException("no candidates to choose from"));
    }
}
