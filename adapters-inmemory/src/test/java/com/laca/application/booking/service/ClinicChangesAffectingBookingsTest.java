package com.laca.application.booking.service;

import com.laca.domain.booking.CancellationReason;

import com.laca.application.booking.port.in.StaffCancellation;

import static com.laca.application.booking.service.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.application.booking.port.in.AppointmentAction;
import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.clinic.port.in.LocationDraft;
import com.laca.application.clinic.port.in.PractitionerDraft;
import com.laca.application.clinic.port.in.ResourceDraft;
import com.laca.application.clinic.service.LocationService;
import com.laca.application.clinic.service.PractitionerService;
import com.laca.application.clinic.service.ResourceService;
import com.laca.application.shared.AffectedAppointment;
import com.laca.application.shared.AffectedBookings;
import com.laca.application.shared.AffectsBookingsException;
import com.laca.application.shared.Caller;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Role;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Changes to practitioners, locations and rooms that would break future bookings are refused unless kept")
class ClinicChangesAffectingBookingsTest {

    private final BookingFixture clinic = new BookingFixture(new InMemoryPersistencePorts(),
            new PayAtClinicPaymentGateway());
    private final ClinicFutureBookings futureBookings = new ClinicFutureBookings(clinic.bookingPorts, clinic.clock);
    private final PractitionerService practitioners = new PractitionerService(clinic.ports.tx(),
            clinic.ports.practitioners(), clinic.ports.locations(), clinic.ports.treatments(),
            clinic.ports.referenceDataVersion(), futureBookings);
    private final LocationService locations = new LocationService(clinic.ports.tx(), clinic.ports.locations(),
            clinic.ports.referenceDataVersion(), futureBookings);
    private final ResourceService resources = new ResourceService(clinic.ports.tx(), clinic.ports.resources(),
            clinic.ports.locations(), clinic.ports.referenceDataVersion(), futureBookings);
    private final Caller manager = clinic.caller(Role.MANAGER);

    private AppointmentView anaBooked(Treatment treatment) {
        return clinic.book(treatment, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "a@example.com").appointment();
    }

    private static PractitionerDraft draft(Practitioner p, Set<Qualification> qualifications, boolean active) {
        return new PractitionerDraft(p.displayName(), qualifications, p.locationIds(), active);
    }

    @Test
    @DisplayName("removing the qualification a booked treatment needs is refused, listing the appointment")
    void qualificationRemoved() {
        AppointmentView booked = anaBooked(clinic.toxin);

        assertThatThrownBy(() -> practitioners.update(manager, clinic.ana.id(), 0,
                draft(clinic.ana, Set.of(Qualification.AESTHETICIAN), true)))
                .isInstanceOfSatisfying(AffectsBookingsException.class, e -> assertThat(e.appointments())
                        .containsExactly(new AffectedAppointment(booked.id(), WEDNESDAY_10AM, "Toxin, one area",
                                "Cara Client")));
        assertThat(practitioners.get(manager, clinic.ana.id()).qualifications()).containsExactly(Qualification.NURSE);
    }

    @Test
    @DisplayName("removing a qualification is made when the caller keeps the bookings")
    void qualificationRemovedKept() {
        anaBooked(clinic.toxin);

        Practitioner changed = practitioners.update(manager, clinic.ana.id(), 0,
                draft(clinic.ana, Set.of(Qualification.AESTHETICIAN), true), AffectedBookings.KEEP);

        assertThat(changed.qualifications()).containsExactly(Qualification.AESTHETICIAN);
    }

    @Test
    @DisplayName("removing a qualification no booked treatment needs is made as before")
    void qualificationNotNeeded() {
        anaBooked(clinic.consultation);

        Practitioner changed = practitioners.update(manager, clinic.ana.id(), 0,
                draft(clinic.ana, Set.of(Qualification.AESTHETICIAN), true));

        assertThat(changed.qualifications()).containsExactly(Qualification.AESTHETICIAN);
    }

    @Test
    @DisplayName("deactivating a booked practitioner is refused; one without bookings is deactivated")
    void practitionerDeactivated() {
        anaBooked(clinic.consultation);

        assertThatThrownBy(() -> practitioners.update(manager, clinic.ana.id(), 0,
                draft(clinic.ana, clinic.ana.qualifications(), false)))
                .isInstanceOf(AffectsBookingsException.class);
        assertThat(practitioners.update(manager, clinic.ben.id(), 0,
                draft(clinic.ben, clinic.ben.qualifications(), false)).active()).isFalse();
    }

    @Test
    @DisplayName("deactivating a location with future bookings is refused unless the caller keeps them")
    void locationDeactivated() {
        anaBooked(clinic.consultation);
        LocationDraft closed = new LocationDraft(clinic.location.name(), clinic.location.address(),
                clinic.location.zone(), false);

        assertThatThrownBy(() -> locations.update(manager, clinic.location.id(), 0, closed))
                .isInstanceOfSatisfying(AffectsBookingsException.class,
                        e -> assertThat(e.appointments()).hasSize(1));
        assertThat(locations.get(manager, clinic.location.id()).active()).isTrue();
        assertThat(locations.update(manager, clinic.location.id(), 0, closed, AffectedBookings.KEEP).active())
                .isFalse();
    }

    @Test
    @DisplayName("deactivating a room a future booking holds is refused; past and cancelled bookings do not count")
    void roomDeactivated() {
        AppointmentView booked = anaBooked(clinic.toxin);
        ResourceDraft retired = new ResourceDraft(clinic.room.locationId(), clinic.room.name(), clinic.room.type(),
                false);

        assertThatThrownBy(() -> resources.update(manager, clinic.room.id(), 0, retired))
                .isInstanceOf(AffectsBookingsException.class);

        clinic.calendar.cancel(clinic.caller(Role.FRONTDESK), booked.id(), new StaffCancellation(CancellationReason.CLIENT_REQUEST, java.util.Optional.empty()));
        assertThat(resources.update(manager, clinic.room.id(), 0, retired).active()).isFalse();
    }
}
