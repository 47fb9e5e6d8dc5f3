package com.laca.domain.scheduling;

import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import java.util.List;
import java.util.Objects;

/**
 * The engine's answer to "may this booking be made?", as a sealed type so callers must handle a rejection.
 */
public sealed interface BookingDecision {

    /**
     * The booking fits; these are the people and things it takes.
     *
     * @param practitioner who will treat (assigned fairly when the client chose "any")
     * @param resources    one free resource per required type, in id order
     * @param treatment    the treatment's own time
     * @param occupied     the treatment plus both buffers: the span to record as busy
     */
    record Bookable(PractitionerId practitioner, List<ResourceId> resources, TimeRange treatment, TimeRange occupied)
            implements BookingDecision {

        public Bookable {
            Objects.requireNonNull(practitioner, "practitioner");
            resources = List.copyOf(resources);
            Objects.requireNonNull(treatment, "treatment");
            Objects.requireNonNull(occupied, "occupied");
        }
    }

    /**
     * The booking cannot be made.
     *
     * @param reason  a stable code
     * @param message a sentence a client can read
     */
    record Rejected(RejectionReason reason, String message) implements BookingDecision {

        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }

        /** A rejection with the reason's default message. */
        public static Rejected because(RejectionReason reason) {
            return new Rejected(reason, reason.defaultMessage());
        }
    }
}
