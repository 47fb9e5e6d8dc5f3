package com.laca.application.booking.service;

import static com.laca.application.booking.service.BookingFixture.WEDNESDAY;
import static com.laca.application.booking.service.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.shared.AffectedAppointment;
import com.laca.application.shared.AffectedBookings;
import com.laca.application.shared.AffectsBookingsException;
import com.laca.domain.identity.Role;
import com.laca.domain.scheduling.Closure;
import com.laca.domain.scheduling.TimeOff;
import com.laca.domain.scheduling.TimeRange;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Schedule changes that would break future bookings are refused unless the caller keeps them")
class AffectedBookingsTest {

    private final BookingFixture clinic = new BookingFixture(new InMemoryPersistencePorts(),
            new PayAtClinicPaymentGateway());

    private final TimeOff anasWednesday = new TimeOff(clinic.ana.id(),
            new TimeRange(WEDNESDAY_10AM.minus(Duration.ofHours(2)), WEDNESDAY_10AM.plus(Duration.ofHours(8))));

    @Test
    @DisplayName("time off over a booked day is refused, listing the appointment without clinical data")
    void timeOffOverBookedDay() {
        AppointmentView booked = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ana.id()),
                "a@example.com").appointment();

        assertThatThrownBy(() -> clinic.schedule.addTimeOff(clinic.caller(Role.FRONTDESK), anasWednesday))
                .isInstanceOfSatisfying(AffectsBookingsException.class, e -> assertThat(e.appointments())
                        .containsExactly(new AffectedAppointment(booked.id(), WEDNESDAY_10AM, "Consultation",
                                "Cara Client")));
        assertThat(clinic.schedule.timeOff(clinic.caller(Role.FRONTDESK), clinic.ana.id(), WEDNESDAY, WEDNESDAY))
                .isEmpty();
    }

    @Test
    @DisplayName("time off over a booked day is added when the caller keeps the bookings, and they stay booked")
    void timeOffKept() {
        AppointmentView booked = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ana.id()),
                "a@example.com").appointment();

        clinic.schedule.addTimeOff(clinic.caller(Role.FRONTDESK), anasWednesday, AffectedBookings.KEEP);

        assertThat(clinic.schedule.timeOff(clinic.caller(Role.FRONTDESK), clinic.ana.id(), WEDNESDAY, WEDNESDAY))
                .hasSize(1);
        assertThat(clinic.ports.tx().inTenant(clinic.tenant, () -> clinic.ports.appointments().find(booked.id()))
                .orElseThrow().appointment().status()).isEqualTo(booked.status());
    }

    @Test
    @DisplayName("time off for another practitioner, or over a day without bookings, is added as before")
    void timeOffUnaffected() {
        clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ben.id()), "b@example.com");

        clinic.schedule.addTimeOff(clinic.caller(Role.FRONTDESK), anasWednesday);

        assertThat(clinic.schedule.timeOff(clinic.caller(Role.FRONTDESK), clinic.ana.id(), WEDNESDAY, WEDNESDAY))
                .hasSize(1);
    }

    @Test
    @DisplayName("a closure on a booked day is refused, listing the appointment, unless the caller keeps it")
    void closureOnBookedDay() {
        AppointmentView booked = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ben.id()),
                "b@example.com").appointment();
        Closure training = new Closure(WEDNESDAY, "Staff training");

        assertThatThrownBy(() -> clinic.schedule.setClosure(clinic.caller(Role.MANAGER), training))
                .isInstanceOfSatisfying(AffectsBookingsException.class, e -> assertThat(e.appointments())
                        .extracting(AffectedAppointment::id).containsExactly(booked.id()));
        assertThat(clinic.schedule.closures(clinic.caller(Role.MANAGER), WEDNESDAY, WEDNESDAY)).isEmpty();

        clinic.schedule.setClosure(clinic.caller(Role.MANAGER), training, AffectedBookings.KEEP);
        clinic.schedule.setClosure(clinic.caller(Role.MANAGER), new Closure(LocalDate.of(2026, 6, 4), "Free day"));

        assertThat(clinic.schedule.closures(clinic.caller(Role.MANAGER), WEDNESDAY, WEDNESDAY.plusDays(1)))
                .hasSize(2);
    }
}
