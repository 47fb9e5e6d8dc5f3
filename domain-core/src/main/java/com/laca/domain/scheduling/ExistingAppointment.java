package com.laca.domain.scheduling;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the engine needs to know about an appointment that is already in the diary: whose time and which rooms or
 * devices it occupies, including its buffers.
 *
 * @param id           so a reschedule can leave the appointment being moved out of its own way
 * @param practitioner who is treating
 * @param resources    the rooms and devices it holds
 * @param treatment    the treatment itself
 * @param bufferBefore preparation time before the treatment
 * @param bufferAfter  cleaning and notes time after it
 */
public record ExistingAppointment(AppointmentId id, PractitionerId practitioner, List<ResourceId> resources,
                                  TimeRange treatment, Duration bufferBefore, Duration bufferAfter) {

    public ExistingAppointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(practitioner, "practitioner");
        resources = List.copyOf(Objects.requireNonNull(resources, "resources"));
        Objects.requireNonNull(treatment, "treatment");
        Buffers.requireNonNegative(bufferBefore, "bufferBefore");
        Buffers.requireNonNegative(bufferAfter, "bufferAfter");
    }

    /** The span nobody else may use: the treatment widened by both buffers. */
    public TimeRange occupied() {
        return treatment.widen(bufferBefore, bufferAfter);
    }
}
