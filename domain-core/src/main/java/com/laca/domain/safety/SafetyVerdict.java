package com.laca.domain.safety;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The safety policy's answer, sealed so booking and check-in must handle a refusal; both carry the screening outcome
 * (with its rule-set version) so the decision can be recorded in the audit log as it was made.
 */
public sealed interface SafetyVerdict {

    /** The screening outcome the verdict rests on, when a screening was evaluated. */
    Optional<ScreeningOutcome> screening();

    /**
     * The treatment may go ahead (or be booked).
     *
     * @param screening the evaluated screening, if any
     * @param notes     findings to show the practitioner (cautions, approved reviews, reviews still pending at
     *                  booking); staff with clinical access only
     */
    record Allowed(Optional<ScreeningOutcome> screening, List<Finding> notes) implements SafetyVerdict {

        public Allowed {
            Objects.requireNonNull(screening, "screening");
            notes = List.copyOf(notes);
        }
    }

    /**
     * The treatment may not go ahead; nothing may be written.
     *
     * @param screening the evaluated screening, if any
     * @param reasons   every reason, most fundamental first; never empty
     */
    record Refused(Optional<ScreeningOutcome> screening, List<SafetyRefusal> reasons) implements SafetyVerdict {

        public Refused {
            Objects.requireNonNull(screening, "screening");
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal names at least one reason");
            }
        }

        /** The reason to show first. */
        public SafetyRefusal primary() {
            return reasons.get(0);
        }
    }
}
