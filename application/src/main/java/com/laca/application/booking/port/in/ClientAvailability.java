package com.laca.application.booking.port.in;

import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The slots one known client may book, or why they may book none: listing slots that the booking check will refuse
 * would send a client through a form only to be turned away, so a client the safety gate refuses on every listed date
 * is told so up front.
 */
public sealed interface ClientAvailability {

    /**
     * Slots this client may book (possibly none, when the calendar is full), with the public names of the
     * practitioners and locations that may appear in them, read with the slots so an answer can name each once.
     */
    record Slots(List<AvailableSlot> slots, Map<PractitionerId, String> practitionerNames,
                 Map<LocationId, String> locationNames) implements ClientAvailability {
        public Slots {
            slots = List.copyOf(slots);
            practitionerNames = Map.copyOf(practitionerNames);
            locationNames = Map.copyOf(locationNames);
        }
    }

    /**
     * The safety gate refuses this client every slot in the range.
     *
     * @param reason      the gate's reason code, e.g. {@code UNDER_MINIMUM_AGE}
     * @param explanation plain English anyone asking may read
     * @param allowedFrom the first date it could be allowed, when known (e.g. the 18th birthday)
     */
    record Refused(String reason, String explanation, Optional<LocalDate> allowedFrom) implements ClientAvailability {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(allowedFrom, "allowedFrom");
        }
    }
}
