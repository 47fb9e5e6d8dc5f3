package com.laca.domain.consent;

import java.util.List;
import java.util.Objects;

/** The result of merging a template, sealed so a refused merge can never reach a renderer. */
public sealed interface MergeResult {

    /** Every field filled and every mandatory block present. */
    record Merged(MergedConsent consent) implements MergeResult {

        public Merged {
            Objects.requireNonNull(consent, "consent");
        }
    }

    /** The form cannot be produced; each problem is named. */
    record Refused(List<ConsentProblem> problems) implements MergeResult {

        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refused merge names at least one problem");
            }
        }
    }
}
