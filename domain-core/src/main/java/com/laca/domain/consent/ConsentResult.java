package com.laca.domain.consent;

import java.util.Objects;

/** The answer to a consent step, sealed so a refused signature is never stored as if it had been made. */
public sealed interface ConsentResult {

    /** The step was taken; this is the record as it now stands. */
    record Applied(ConsentRecord consent) implements ConsentResult {

        public Applied {
            Objects.requireNonNull(consent, "consent");
        }
    }

    /** The step was refused; the record is unchanged. */
    record Refused(ConsentProblem problem) implements ConsentResult {

        public Refused {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
