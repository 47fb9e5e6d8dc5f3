package com.laca.domain.notification;

import java.util.List;
import java.util.Objects;

/** Whether a text passes the content rule, and if not which terms it carried, sealed so a violation is handled. */
public sealed interface ContentVerdict {

    /** Nothing medical found. */
    record Clean() implements ContentVerdict {
    }

    /** The text carries these forbidden terms (the rule's own spelling, never the person's text). */
    record Violation(Surface surface, List<String> terms) implements ContentVerdict {

        public Violation {
            Objects.requireNonNull(surface, "surface");
            terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("a violation names at least one term");
            }
        }
    }

    default boolean isClean() {
        return this instanceof Clean;
    }
}
