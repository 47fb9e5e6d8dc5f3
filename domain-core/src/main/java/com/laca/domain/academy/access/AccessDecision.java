package com.laca.domain.academy.access;

import java.util.List;

/** Whether a learner may enter a course, and if not every reason why, sealed so a refusal cannot pass as allowed. */
public sealed interface AccessDecision {

    /** The prerequisites are met. */
    record Allowed() implements AccessDecision {
    }

    /**
     * The prerequisites are not met.
     *
     * @param unmet what is missing; at least one
     */
    record Denied(List<UnmetCondition> unmet) implements AccessDecision {

        public Denied {
            unmet = List.copyOf(unmet);
            if (unmet.isEmpty()) {
                throw new IllegalArgumentException("a denial names at least one unmet condition");
            }
        }
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }

    /** The unmet conditions, empty when allowed. */
    default List<UnmetCondition> unmet() {
        return this instanceof Denied denied ? denied.unmet() : List.of();
    }
}
