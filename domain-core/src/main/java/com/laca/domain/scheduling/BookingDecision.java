package com.laca.domain.scheduling;

import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
     * @param gate    the booking gate's own reason, for {@link RejectionReason#SAFETY_REFUSED}
     */
    record Rejected(RejectionReason reason, String message, Optional<GateRefusal> gate) implements BookingDecision {

        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(gate, "gate");
            if (gate.isPresent() != (reason == RejectionReason.SAFETY_REFUSED)) {
                throw new IllegalArgumentException("a gate's reason goes with SAFETY_REFUSED, and only with it");
            }
        }

        /** A calendar rejection. */
        public Rejected(RejectionReason reason, String message) {
            this(reason, message, Optional.empty());
        }

        /** The booking gate's refusal. */
        public static Rejected byGate(GateRefusal refusal) {
            return new Rejected(RejectionReason.SAFETY_REFUSED, refusal.explanation(), Optional.of(refusal));
        }

        /** A rejection with the reason's default message. */
        public static Rejected because(RejectionReason reason) {
            return new Rejected(reason, reason.defaultMessage());
        }
    }
}
