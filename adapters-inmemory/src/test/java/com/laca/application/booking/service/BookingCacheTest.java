package com.laca.application.booking.service;

import static com.laca.application.booking.service.BookingFixture.WEDNESDAY;
import static com.laca.application.booking.service.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.out.ScheduleRepository;
import com.laca.application.clinic.port.in.LocationDraft;
import com.laca.application.clinic.port.out.FutureBookingsGateway;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.clinic.service.LocationService;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.identity.Role;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.scheduling.Closure;
import com.laca.domain.scheduling.TimeOff;
import com.laca.domain.scheduling.TimeRange;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Booking from cached clinic data")
class BookingCacheTest {

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final BookingFixture clinic = new BookingFixture(ports, new PayAtClinicPaymentGateway());
    private final List<String> referenceReads = new CopyOnWriteArrayList<>();
    private final BookAppointmentService booking = new BookAppointmentService(new BookingPorts(ports.tx(),
            ports.tenants(), counted(TreatmentRepository.class, ports.treatments()),
            counted(LocationRepository.class, ports.locations()),
            counted(PractitionerRepository.class, ports.practitioners()),
            counted(ResourceRepository.class, ports.resources()), ports.appointments(), ports.clients(),
            counted(ScheduleRepository.class, ports.schedules()), ports.bookingPolicies(),
            ports.referenceDataVersion()),
            new BookingDeposits(ports.tx(), new PayAtClinicPaymentGateway(), ports.connectedAccounts(),
                    ports.paymentIntents(), ports.paymentLedgers(), clinic.clock),
            new AvailabilityEngine(), clinic.clock, BookingLimits.DEFAULT, ports.bookingLimitLock());

    /** The repository, counting every call made to it. */
    private <T> T counted(Class<T> port, T repository) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            referenceReads.add(port.getSimpleName() + "." + method.getName());
            try {
                return method.invoke(repository, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    private BookingResult bookAna(Instant start) {
        return booking.book(clinic.command(clinic.toxin, start, Optional.of(clinic.ana.id()),
                "client-" + UUID.randomUUID() + "@example.com"));
    }

    @Test
    @DisplayName("a second booking on the same day reads the clinic's set-up from the cache, and still sees the first")
    void secondBookingUsesTheCache() {
        assertThat(bookAna(WEDNESDAY_10AM)).isInstanceOf(BookingResult.Booked.class);
        assertThat(referenceReads).contains("PractitionerRepository.list", "ScheduleRepository.load");

        referenceReads.clear();
        assertThat(bookAna(WEDNESDAY_10AM.plus(Duration.ofHours(2)))).isInstanceOf(BookingResult.Booked.class);
        assertThat(referenceReads).as("only the booked room's name, for the answer")
                .containsExactly("ResourceRepository.find");

        assertThat(bookAna(WEDNESDAY_10AM)).as("the time the first booking took")
                .isInstanceOf(BookingResult.SlotUnavailable.class);
    }

    @Test
    @DisplayName("time off added after a booking is honoured by the next booking at once")
    void timeOffIsSeen() {
        assertThat(bookAna(WEDNESDAY_10AM)).isInstanceOf(BookingResult.Booked.class);
        clinic.schedule.addTimeOff(clinic.caller(Role.OWNER), new TimeOff(clinic.ana.id(),
                new TimeRange(WEDNESDAY_10AM.plus(Duration.ofHours(1)), WEDNESDAY_10AM.plus(Duration.ofHours(4)))));

        assertThat(bookAna(WEDNESDAY_10AM.plus(Duration.ofHours(2))))
                .isInstanceOf(BookingResult.SlotUnavailable.class);
    }

    @Test
    @DisplayName("a closure and a closed location are honoured by the next booking at once")
    void closuresAreSeen() {
        Instant thursday = WEDNESDAY_10AM.plus(Duration.ofDays(1));
        assertThat(bookAna(WEDNESDAY_10AM)).isInstanceOf(BookingResult.Booked.class);
        assertThat(bookAna(thursday)).isInstanceOf(BookingResult.Booked.class);
        clinic.schedule.setClosure(clinic.caller(Role.OWNER), new Closure(WEDNESDAY.plusDays(2), "Staff training"));
        assertThat(bookAna(thursday.plus(Duration.ofDays(1)))).isInstanceOf(BookingResult.SlotUnavailable.class);

        new LocationService(ports.tx(), ports.locations(), ports.referenceDataVersion(),
                FutureBookingsGateway.none()).update(
                clinic.caller(Role.OWNER), clinic.location.id(), clinic.location.version(),
                new LocationDraft(clinic.location.name(), clinic.location.address(), clinic.location.zone(), false));
        assertThat(bookAna(thursday.plus(Duration.ofHours(2)))).isInstanceOf(BookingResult.SlotUnavailable.class);
    }
}
