package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import java.util.Objects;

/**
 * Dose arithmetic for a reconstituted vial, exact, so a question author's expected answer is computed rather than
 * worked out by hand: 100 units reconstituted in 2.5 ml give 40 units per ml, and 0.1 ml holds 4 units.
 *
 * @param unitsInVial the product in the vial, e.g. 100 (units of toxin)
 * @param diluentMl   the saline added, in ml
 */
public record Reconstitution(Fraction unitsInVial, Fraction diluentMl) {

    public Reconstitution {
        Objects.requireNonNull(unitsInVial, "unitsInVial");
        Objects.requireNonNull(diluentMl, "diluentMl");
        if (unitsInVial.signum() <= 0 || diluentMl.signum() <= 0) {
            throw new IllegalArgumentException("a vial needs a positive amount of product and of diluent");
        }
    }

    /** The concentration: units per ml. */
    public Fraction unitsPerMl() {
        return unitsInVial.dividedBy(diluentMl);
    }

    /** The units drawn up in {@code ml} of the reconstituted solution. */
    public Fraction unitsIn(Fraction ml) {
        return unitsPerMl().times(ml);
    }

    /** The volume in ml that holds {@code units}. */
    public Fraction mlFor(Fraction units) {
        return units.dividedBy(unitsPerMl());
    }
}
