package com.laca.application.booking.service;

import static com.laca.application.booking.service.BookingFixture.WEDNESDAY;
import static com.laca.application.booking.service.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.application.booking.port.in.AvailabilityRequest;
import com.laca.application.booking.port.in.AvailableSlot;
import com.laca.application.booking.port.in.ClientAvailability;
import com.laca.application.booking.port.out.AppointmentRepository;
import com.laca.application.booking.port.out.ScheduleRepository;
import com.laca.application.clinic.port.in.LocationDraft;
import com.laca.application.clinic.port.out.FutureBookingsGateway;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.clinic.service.LocationService;
import com.laca.domain.identity.Role;
import com.laca.domain.scheduling.Closure;
import com.laca.domain.scheduling.ResourceBlock;
import com.laca.domain.scheduling.Scheduled;
import com.laca.domain.scheduling.TimeOff;
import com.laca.domain.scheduling.TimeRange;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Listing slots from cached clinic data")
class AvailabilityCacheTest {

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final BookingFixture clinic = new BookingFixture(ports, new PayAtClinicPaymentGateway());
    private final AtomicInteger referenceReads = new AtomicInteger();
    private final AtomicInteger appointmentReads = new AtomicInteger();
    private final AvailabilityService availability = new AvailabilityService(new BookingPorts(ports.tx(),
            ports.tenants(), counted(TreatmentRepository.class, ports.treatments(), referenceReads),
            counted(LocationRepository.class, ports.locations(), referenceReads),
            counted(PractitionerRepository.class, ports.practitioners(), referenceReads),
            counted(ResourceRepository.class, ports.resources(), referenceReads),
            counted(AppointmentRepository.class, ports.appointments(), appointmentReads), ports.clients(),
            counted(ScheduleRepository.class, ports.schedules(), referenceReads), ports.bookingPolicies(),
            ports.referenceDataVersion()), clinic.engine, clinic.clock);

    /** The repository, counting every call made to it. */
    private static <T> T counted(Class<T> port, T repository, AtomicInteger calls) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            calls.incrementAndGet();
            try {
                return method.invoke(repository, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    private List<AvailableSlot> wednesday() {
        return availability.availability(new AvailabilityRequest(clinic.tenant, clinic.toxin.id(), WEDNESDAY,
                WEDNESDAY, Optional.empty(), Optional.empty()));
    }

    private static List<Instant> starts(List<AvailableSlot> slots) {
        return slots.stream().map(AvailableSlot::start).toList();
    }

    @Test
    @DisplayName("asking again for the same slots reads the clinic's set-up once, and only the appointments again")
    void secondRequestUsesTheCache() {
        List<AvailableSlot> first = wednesday();
        assertThat(referenceReads.get()).isPositive();
        assertThat(appointmentReads.get()).isEqualTo(1);

        referenceReads.set(0);
        appointmentReads.set(0);
        List<AvailableSlot> second = wednesday();

        assertThat(second).isEqualTo(first).isNotEmpty();
        assertThat(referenceReads.get()).isZero();
        assertThat(appointmentReads.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("a slot that was just booked is gone from the next listing, though the set-up comes from the cache")
    void bookingIsSeenAtOnce() {
        assertThat(starts(wednesday())).contains(WEDNESDAY_10AM);
        referenceReads.set(0);

        clinic.bookAny(clinic.toxin, WEDNESDAY_10AM);

        assertThat(starts(wednesday())).doesNotContain(WEDNESDAY_10AM);
        assertThat(referenceReads.get()).isZero();
    }

    @Test
    @DisplayName("closing the clinic for the day is seen by the next listing")
    void closureIsSeen() {
        assertThat(wednesday()).isNotEmpty();
        clinic.schedule.setClosure(clinic.caller(Role.OWNER), new Closure(WEDNESDAY, "Staff training"));
        assertThat(wednesday()).isEmpty();
    }

    @Test
    @DisplayName("blocking the only treatment room for the day is seen by the next listing")
    void resourceBlockIsSeen() {
        assertThat(wednesday()).isNotEmpty();
        clinic.schedule.blockResource(clinic.caller(Role.OWNER), new ResourceBlock(clinic.room.id(),
                new TimeRange(WEDNESDAY_10AM.minus(Duration.ofHours(3)), WEDNESDAY_10AM.plus(Duration.ofHours(12)))));
        assertThat(wednesday()).isEmpty();
    }

    @Test
    @DisplayName("time off is seen by the next listing, and removing it again as well")
    void timeOffIsSeen() {
        List<AvailableSlot> before = wednesday();
        Scheduled<TimeOff> off = clinic.schedule.addTimeOff(clinic.caller(Role.OWNER), new TimeOff(clinic.ana.id(),
                new TimeRange(WEDNESDAY_10AM.minus(Duration.ofHours(3)), WEDNESDAY_10AM.plus(Duration.ofHours(12)))));
        assertThat(wednesday()).allSatisfy(slot -> assertThat(slot.practitioners()).doesNotContain(clinic.ana.id()));

        clinic.schedule.removeTimeOff(clinic.caller(Role.OWNER), clinic.ana.id(), off.id());
        assertThat(wednesday()).isEqualTo(before);
    }

    @Test
    @DisplayName("closing a location through the clinic records is seen by the next listing")
    void clinicRecordChangeIsSeen() {
        assertThat(wednesday()).isNotEmpty();
        new LocationService(ports.tx(), ports.locations(), ports.referenceDataVersion(),
                FutureBookingsGateway.none()).update(
                clinic.caller(Role.OWNER), clinic.location.id(), clinic.location.version(),
                new LocationDraft(clinic.location.name(), clinic.location.address(), clinic.location.zone(), false));
        referenceReads.set(0);

        assertThat(wednesday()).isEmpty();
        assertThat(referenceReads.get()).isPositive();
    }

    @Test
    @DisplayName("the slots come with the names of their practitioners and locations, from the cache, and a renamed "
            + "location is named anew at once")
    void namesComeFromTheCache() {
        AvailabilityRequest request = new AvailabilityRequest(clinic.tenant, clinic.toxin.id(), WEDNESDAY, WEDNESDAY,
                Optional.empty(), Optional.empty());
        ClientAvailability.Slots first = availability.availabilityWithNames(request);
        assertThat(first.slots()).isNotEmpty();
        assertThat(first.locationNames()).containsEntry(clinic.location.id(), "Bath");
        first.slots().forEach(slot -> assertThat(first.practitionerNames()).containsKeys(
                slot.practitioners().toArray(com.laca.domain.shared.PractitionerId[]::new)));
        assertThat(first.practitionerNames()).containsEntry(clinic.ana.id(), clinic.ana.displayName());

        referenceReads.set(0);
        assertThat(availability.availabilityWithNames(request)).isEqualTo(first);
        assertThat(referenceReads.get()).as("names read with the cached set-up, not again").isZero();

        new LocationService(ports.tx(), ports.locations(), ports.referenceDataVersion(),
                FutureBookingsGateway.none()).update(
                clinic.caller(Role.OWNER), clinic.location.id(), clinic.location.version(),
                new LocationDraft("Bath Spa", clinic.location.address(), clinic.location.zone(), true));

        assertThat(availability.availabilityWithNames(request).locationNames())
                .containsEntry(clinic.location.id(), "Bath Spa");
    }
}
