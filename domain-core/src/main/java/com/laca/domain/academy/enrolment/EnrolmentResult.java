package com.laca.domain.academy.enrolment;

import com.laca.domain.academy.access.UnmetCondition;
import com.laca.domain.academy.course.UnmetCriterion;
import java.util.List;
import java.util.Objects;

/** The answer to an enrolment command, sealed so a refusal is handled rather than caught. */
public sealed interface EnrolmentResult {

    /**
     * Done.
     *
     * @param enrolment the enrolment in its new state, to be saved
     */
    record Applied(Enrolment enrolment) implements EnrolmentResult {

        public Applied {
            Objects.requireNonNull(enrolment, "enrolment");
        }
    }

    /**
     * Refused; nothing changed.
     *
     * @param reason        a stable code
     * @param message       what was refused and why
     * @param prerequisites the unmet prerequisites, when that is the reason
     * @param missing       what completion still needs, when that is the reason
     */
    record Refused(EnrolmentRefusal reason, String message, List<UnmetCondition> prerequisites,
                   List<UnmetCriterion> missing) implements EnrolmentResult {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            prerequisites = List.copyOf(prerequisites);
            missing = List.copyOf(missing);
        }

        static Refused because(EnrolmentRefusal reason, String message) {
            return new Refused(reason, message, List.of(), List.of());
        }
    }
}
