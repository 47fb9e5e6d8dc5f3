package com.laca.bootstrap.wiring;

import com.laca.adapter.persistence.booking.JpaAppointmentRepository;
import com.laca.adapter.persistence.booking.JpaBookingPolicyRepository;
import com.laca.adapter.persistence.booking.JpaClientRepository;
import com.laca.adapter.persistence.booking.JpaScheduleRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.application.booking.port.in.BookAppointmentUseCase;
import com.laca.application.booking.port.in.ExpireHoldsUseCase;
import com.laca.application.booking.port.in.FindAvailabilityQuery;
import com.laca.application.booking.port.in.ManageOwnBookingUseCase;
import com.laca.application.booking.port.in.ManageScheduleUseCase;
import com.laca.application.booking.port.in.StaffCalendarUseCase;
import com.laca.application.booking.port.out.BookingLimitLock;
import com.laca.application.booking.service.AvailabilityService;
import com.laca.application.booking.service.BookingPorts;
import com.laca.application.booking.service.BookingService;
import com.laca.application.booking.service.HoldExpiryService;
import com.laca.application.booking.service.ScheduleService;
import com.laca.application.booking.service.StaffCalendarService;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.payment.port.in.CollectDepositUseCase;
import com.laca.application.payment.port.in.SettleDepositUseCase;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.service.DepositBookingService;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.scheduling.AvailabilityEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the booking services once over the JPA adapters (sharing the persistence wiring's transaction holder) and one
 * availability engine, and offers them under their use-case interfaces, booking, cancelling and calendar actions
 * wrapped by {@link DepositBookingService} so deposits are prepared and settled after each booking transaction; the
 * payment gateway is the one {@link PaymentsWiring} chose, and the limits on public booking come from
 * {@code laca.booking.*}.
 */
@ApplicationScoped
public class BookingWiring {

    private AvailabilityService availability;
    private DepositBookingService booking;
    private ScheduleService schedule;
    private HoldExpiryService holds;

    BookingWiring() {
        // for the CDI proxy
    }

    @Inject
    BookingWiring(TransactionRunner tx, TenantRepository tenants, TreatmentRepository treatments,
                  LocationRepository locations, PractitionerRepository practitioners, ResourceRepository resources,
                  ReferenceDataVersion referenceData, CurrentEntityManager current, PaymentGateway payments,
                  CollectDepositUseCase deposits, SettleDepositUseCase settlement, Clock clock,
                  BookingLimitLock limitLock,
                  @ConfigProperty(name = "laca.booking.max-unpaid-holds-per-client") int unpaidHoldsPerClient,
                  @ConfigProperty(name = "laca.booking.max-upcoming-per-client") int upcomingPerClient,
                  @ConfigProperty(name = "laca.booking.max-unpaid-holds-per-address") int unpaidHoldsPerAddress,
                  @ConfigProperty(name = "laca.booking.max-upcoming-per-address") int upcomingPerAddress) {
        BookingPorts ports = new BookingPorts(tx, tenants, treatments, locations, practitioners, resources,
                new JpaAppointmentRepository(current), new JpaClientRepository(current),
                new JpaScheduleRepository(current), new JpaBookingPolicyRepository(current), referenceData);
        AvailabilityEngine engine = new AvailabilityEngine();
        availability = new AvailabilityService(ports, engine, clock);
        BookingLimits limits = new BookingLimits(unpaidHoldsPerClient, upcomingPerClient, unpaidHoldsPerAddress,
                upcomingPerAddress);
        BookingService bookingService = new BookingService(ports, payments, engine, clock, limits, limitLock);
        booking = new DepositBookingService(bookingService, bookingService, new StaffCalendarService(ports, clock),
                deposits, settlement, tx, treatments);
        schedule = new ScheduleService(ports);
        holds = new HoldExpiryService(ports, clock);
    }

    @Produces
    FindAvailabilityQuery findAvailability() {
        return availability;
    }

    @Produces
    BookAppointmentUseCase bookAppointment() {
        return booking;
    }

    @Produces
    ManageOwnBookingUseCase manageOwnBooking() {
        return booking;
    }

    @Produces
    StaffCalendarUseCase staffCalendar() {
        return booking;
    }

    @Produces
    ManageScheduleUseCase manageSchedule() {
        return schedule;
    }

    @Produces
    ExpireHoldsUseCase expireHolds() {
        return holds;
    }
}
