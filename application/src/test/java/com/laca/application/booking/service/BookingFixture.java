package com.laca.application.booking.service;

import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.application.booking.port.in.BookAppointmentUseCase;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.ClientDetails;
import com.laca.application.booking.port.in.ManageOwnBookingUseCase;
import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.application.payment.service.DepositSettlementService;
import com.laca.application.shared.Caller;
import com.laca.application.shared.PersistencePorts;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.clinic.Address;
import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Resource;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.Role;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.scheduling.DateRange;
import com.laca.domain.scheduling.TimeWindow;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A small clinic in Bath (Europe/London) stored through any adapter, with the booking services wired over it: Ana
 * and Ben (nurses) work weekdays 09:00-17:00; a 30-minute toxin treatment needs a nurse and the one treatment room
 * and has a 15-minute clean-up; a 30-minute consultation needs neither. "Now" is Monday 1 June 2026, 08:00 UTC.
 */
public final class BookingFixture {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    /** Wednesday 3 June 2026, 10:00 in London (09:00 UTC). */
    public static final Instant WEDNESDAY_10AM = Instant.parse("2026-06-03T09:00:00Z");
    public static final LocalDate WEDNESDAY = LocalDate.of(2026, 6, 3);

    public final PersistencePorts ports;
    public final TestClock clock = new TestClock(NOW);
    public final TenantId tenant;
    public final Location location;
    public final Practitioner ana;
    public final Practitioner ben;
    public final Resource room;
    public final Treatment toxin;
    public final Treatment consultation;
    public final BookingPorts bookingPorts;
    public final AvailabilityEngine engine = new AvailabilityEngine();
    public final AvailabilityService availability;
    public final ClientBookings booking;
    public final StaffCalendarService calendar;
    public final ScheduleService schedule;
    public final HoldExpiryService holds;
    private final PaymentGateway payments;
    private final BookingLimits limits;

    public BookingFixture(PersistencePorts ports, PaymentGateway payments) {
        this(ports, payments, BookingLimits.DEFAULT);
    }

    /** The clinic with the given limits on public booking. */
    public BookingFixture(PersistencePorts ports, PaymentGateway payments, BookingLimits limits) {
        this.ports = ports;
        this.payments = payments;
        this.limits = limits;
        Tenant clinic = new Tenant(TenantId.random(), new TenantSlug("bath-" + UUID.randomUUID()), "Bath Aesthetics",
                LONDON, "GBP", TenantStatus.ACTIVE, 0);
        ports.tx().asPlatform(() -> {
            ports.tenants().insert(clinic);
            return null;
        });
        this.tenant = clinic.id();
        this.location = new Location(LocationId.random(), "Bath",
                new Address("1 Milsom Street", null, "Bath", "BA1 1DA", "GB"), LONDON, true, 0);
        this.ana = new Practitioner(PractitionerId.random(), "Ana Nurse", Set.of(Qualification.NURSE),
                Set.of(location.id()), true, 0);
        this.ben = new Practitioner(PractitionerId.random(), "Ben Nurse", Set.of(Qualification.NURSE),
                Set.of(location.id()), true, 0);
        this.room = new Resource(ResourceId.random(), location.id(), "Room 1", new ResourceType("TREATMENT_ROOM"),
                true, 0);
        this.toxin = treatment("Toxin, one area", Qualification.NURSE, Set.of(room.type()), DepositPolicy.none());
        this.consultation = treatment("Consultation", null, Set.of(), DepositPolicy.none());
        ports.tx().inTenant(tenant, () -> {
            ports.locations().insert(location);
            ports.practitioners().insert(ana);
            ports.practitioners().insert(ben);
            ports.resources().insert(room);
            ports.treatments().insert(toxin);
            ports.treatments().insert(consultation);
            for (Practitioner practitioner : List.of(ana, ben)) {
                ports.schedules().replaceWorkingHours(practitioner.id(), weekdays(practitioner.id()));
            }
            return null;
        });
        this.bookingPorts = bookingPorts(ports);
        this.availability = new AvailabilityService(bookingPorts, engine, clock);
        this.booking = bookingOn(ports);
        this.calendar = new StaffCalendarService(bookingPorts, settlement(ports), clock);
        this.schedule = new ScheduleService(bookingPorts, clock);
        this.holds = new HoldExpiryService(bookingPorts, clock);
    }

    private static BookingPorts bookingPorts(PersistencePorts ports) {
        return new BookingPorts(ports.tx(), ports.tenants(), ports.treatments(), ports.locations(),
                ports.practitioners(), ports.resources(), ports.appointments(), ports.clients(), ports.schedules(),
                ports.bookingPolicies(), ports.referenceDataVersion());
    }

    /**
     * The booking services as a second server would run them: their own adapter instance over the same database, the
     * same clinic, clock and payment set-up.
     */
    public ClientBookings bookingOn(PersistencePorts server) {
        BookingPorts onServer = bookingPorts(server);
        return new ClientBookings(new BookAppointmentService(onServer, new BookingDeposits(server.tx(), payments,
                server.connectedAccounts(), server.paymentIntents(), server.paymentLedgers(), clock),
                new AvailabilityEngine(), clock, limits, server.bookingLimitLock()),
                new ManageOwnBookingService(onServer, settlement(server), new AvailabilityEngine(), clock));
    }

    private DepositSettlementService settlement(PersistencePorts server) {
        return new DepositSettlementService(server.tx(), server.paymentLedgers(), server.paymentIntents(),
                server.connectedAccounts(), payments, clock);
    }

    /** Links the clinic to its account at the processor, so card deposits are asked for by card. */
    public BookingFixture onboarded() {
        ports.tx().asPlatform(() -> {
            ports.connectedAccounts().save(tenant, ConnectedAccountId.of("acct_" + tenant));
            return null;
        });
        return this;
    }

    /** The two use cases a client's booking page calls, together, as one server offers them. */
    public static final class ClientBookings implements BookAppointmentUseCase, ManageOwnBookingUseCase {

        private final BookAppointmentUseCase booking;
        private final ManageOwnBookingUseCase ownBooking;

        ClientBookings(BookAppointmentUseCase booking, ManageOwnBookingUseCase ownBooking) {
            this.booking = booking;
            this.ownBooking = ownBooking;
        }

        @Override
        public BookingResult book(BookAppointmentCommand command) {
            return booking.book(command);
        }

        @Override
        public BookingResult bookOnBehalf(Caller caller, BookAppointmentCommand command) {
            return booking.bookOnBehalf(caller, command);
        }

        @Override
        public AppointmentView view(TenantId tenant, String manageToken) {
            return ownBooking.view(tenant, manageToken);
        }

        @Override
        public TransitionOutcome cancel(TenantId tenant, String manageToken) {
            return ownBooking.cancel(tenant, manageToken);
        }

        @Override
        public BookingResult reschedule(TenantId tenant, String manageToken, Instant newStart,
                                        Optional<PractitionerId> practitioner) {
            return ownBooking.reschedule(tenant, manageToken, newStart, practitioner);
        }
    }

    private List<WorkingHours> weekdays(PractitionerId practitioner) {
        return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                .map(day -> new WorkingHours(practitioner, location.id(), day,
                        List.of(TimeWindow.of("09:00", "17:00")), DateRange.always()))
                .toList();
    }

    /** A treatment with 15 minutes' clean-up, 15-minute steps, 24 hours' notice and 90 days' advance. */
    public static Treatment treatment(String name, Qualification qualification, Set<ResourceType> resources,
                                      DepositPolicy deposit) {
        return new Treatment(TreatmentId.random(), name, TreatmentCategory.ANTI_WRINKLE, null, Duration.ofMinutes(30),
                Duration.ZERO, Duration.ofMinutes(15), Money.of(20_000, "GBP"), qualification, resources,
                BookingWindow.DEFAULT, deposit, true, 0);
    }

    /** Stores another treatment, e.g. one asking for a deposit. */
    public Treatment store(Treatment treatment) {
        ports.tx().inTenant(tenant, () -> {
            ports.treatments().insert(treatment);
            return null;
        });
        return treatment;
    }

    public Caller caller(Role role) {
        return new Caller(UserId.random(), tenant, Set.of(role));
    }

    public static ClientDetails client(String email) {
        return new ClientDetails("Cara", "Client", email, "07700 900123", LocalDate.of(1990, 5, 17));
    }

    public BookAppointmentCommand command(Treatment treatment, Instant start, Optional<PractitionerId> practitioner,
                                          String email) {
        return new BookAppointmentCommand(tenant, treatment.id(), start, practitioner, Optional.empty(), client(email));
    }

    /** Books and insists it worked. */
    public BookingResult.Booked book(Treatment treatment, Instant start, Optional<PractitionerId> practitioner,
                                     String email) {
        BookingResult result = booking.book(command(treatment, start, practitioner, email));
        if (result instanceof BookingResult.Booked booked) {
            return booked;
        }
        throw new AssertionError("expected a booking, got " + result);
    }

    public AppointmentView bookAny(Treatment treatment, Instant start) {
        return book(treatment, start, Optional.empty(), "client-" + UUID.randomUUID() + "@example.com").appointment();
    }
}
