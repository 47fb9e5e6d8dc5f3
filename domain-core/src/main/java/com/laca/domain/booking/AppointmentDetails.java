package com.laca.domain.booking;

import com.laca.domain.scheduling.BookingDecision;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The facts of a booking (who, what, where, when), kept apart from its status so a reschedule replaces the facts
 * and leaves the lifecycle alone.
 *
 * @param id           the appointment
 * @param tenant       the clinic business it belongs to
 * @param location     where it takes place
 * @param treatment    what is done
 * @param client       for whom
 * @param practitioner by whom
 * @param resources    the rooms and devices it holds
 * @param time         the treatment's own start and end
 * @param bufferBefore preparation time kept free before it
 * @param bufferAfter  cleaning and notes time kept free after it
 * @param terms        the price, deposit and cancellation window the booking was made on; a move keeps them
 */
public record AppointmentDetails(AppointmentId id, TenantId tenant, LocationId location, TreatmentId treatment,
                                 ClientId client, PractitionerId practitioner, List<ResourceId> resources,
                                 TimeRange time, Duration bufferBefore, Duration bufferAfter, AgreedTerms terms) {

    public AppointmentDetails {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(practitioner, "practitioner");
        resources = List.copyOf(Objects.requireNonNull(resources, "resources"));
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(bufferBefore, "bufferBefore");
        Objects.requireNonNull(bufferAfter, "bufferAfter");
        Objects.requireNonNull(terms, "terms");
        if (bufferBefore.isNegative() || bufferAfter.isNegative()) {
            throw new IllegalArgumentException("buffers must not be negative");
        }
    }

    /** The details of a booking the availability engine has just accepted, made on {@code terms}. */
    public static AppointmentDetails from(AppointmentId id, TenantId tenant, LocationId location,
                                          TreatmentId treatment, ClientId client, BookingDecision.Bookable decision,
                                          AgreedTerms terms) {
        return new AppointmentDetails(id, tenant, location, treatment, client, decision.practitioner(),
                decision.resources(), decision.treatment(),
                Duration.between(decision.occupied().start(), decision.treatment().start()),
                Duration.between(decision.treatment().end(), decision.occupied().end()), terms);
    }

    /**
     * The same booking moved to the time, practitioner and resources of a new decision, on the terms it was made on:
     * the agreed price and deposit stay, and the free-cancellation deadline follows the new start by the agreed notice.
     */
    public AppointmentDetails movedTo(BookingDecision.Bookable decision) {
        return from(id, tenant, location, treatment, client, decision, terms);
    }

    /** The span no other booking may use: the treatment plus both buffers. */
    public TimeRange occupied() {
        return time.widen(bufferBefore, bufferAfter);
    }
}
