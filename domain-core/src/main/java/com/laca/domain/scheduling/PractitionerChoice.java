package com.laca.domain.scheduling;

import com.laca.domain.shared.PractitionerId;
import java.util.Objects;

/**
 * Whom the client asked for, as a type rather than a nullable id, so "any practitioner" is an explicit choice.
 */
public sealed interface PractitionerChoice {

    /** Any qualified practitioner will do; the engine assigns one by {@link LeastBookedAssignment}. */
    static PractitionerChoice any() {
        return Any.INSTANCE;
    }

    /** This practitioner and no other. */
    static PractitionerChoice of(PractitionerId practitioner) {
        return new Specific(practitioner);
    }

    /** The client has no preference. */
    enum Any implements PractitionerChoice {
        INSTANCE
    }

    /**
     * The client chose one practitioner.
     *
     * @param practitioner the chosen practitioner
     */
    record Specific(PractitionerId practitioner) implements PractitionerChoice {

        public Specific {
            Objects.requireNonNull(practitioner, "practitioner");
        }
    }
}
