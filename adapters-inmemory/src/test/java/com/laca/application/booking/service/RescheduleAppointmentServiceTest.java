package com.laca.application.booking.service;

import com.laca.domain.booking.CancellationReason;

import com.laca.application.booking.port.in.StaffCancellation;

import static com.laca.application.booking.service.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.application.booking.port.in.AppointmentAction;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.TransitionRefusal;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.AppointmentId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reception moves a client's appointment by its id, under the same rules as the client's own reschedule")
class RescheduleAppointmentServiceTest {

    private final BookingFixture clinic = new BookingFixture(new InMemoryPersistencePorts(),
            new PayAtClinicPaymentGateway());
    private final RescheduleAppointmentService reschedule = new RescheduleAppointmentService(clinic.bookingPorts,
            clinic.engine, clinic.clock);

    @Test
    @DisplayName("the appointment keeps its id (so its payments) and moves to the new time")
    void moves() {
        AppointmentId id = clinic.bookAny(clinic.consultation, WEDNESDAY_10AM).id();

        BookingResult moved = reschedule.reschedule(clinic.caller(Role.FRONTDESK), id,
                WEDNESDAY_10AM.plus(Duration.ofHours(1)), Optional.empty());

        assertThat(moved).isInstanceOfSatisfying(BookingResult.Booked.class, booked -> {
            assertThat(booked.appointment().id()).isEqualTo(id);
            assertThat(booked.appointment().start()).isEqualTo(WEDNESDAY_10AM.plus(Duration.ofHours(1)));
        });
        assertThat(clinic.calendar.get(clinic.caller(Role.FRONTDESK), id).start())
                .isEqualTo(WEDNESDAY_10AM.plus(Duration.ofHours(1)));
    }

    @Test
    @DisplayName("a cancelled appointment cannot move; an unknown one is not found; finance may not move bookings")
    void refusals() {
        AppointmentId id = clinic.bookAny(clinic.consultation, WEDNESDAY_10AM).id();
        clinic.calendar.cancel(clinic.caller(Role.FRONTDESK), id, new StaffCancellation(CancellationReason.CLIENT_REQUEST, java.util.Optional.empty()));

        assertThat(reschedule.reschedule(clinic.caller(Role.FRONTDESK), id, WEDNESDAY_10AM.plus(Duration.ofHours(1)),
                Optional.empty())).isInstanceOfSatisfying(BookingResult.Refused.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(TransitionRefusal.ILLEGAL_TRANSITION));
        assertThat(clinic.calendar.get(clinic.caller(Role.FRONTDESK), id).status())
                .isEqualTo(AppointmentStatus.CANCELLED);
        assertThatThrownBy(() -> reschedule.reschedule(clinic.caller(Role.FRONTDESK), AppointmentId.random(),
                WEDNESDAY_10AM, Optional.empty())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reschedule.reschedule(clinic.caller(Role.FINANCE), id, WEDNESDAY_10AM,
                Optional.empty())).isInstanceOf(AccessDeniedException.class);
    }
}
