package com.laca.bootstrap.wiring;

import com.laca.adapter.persistence.booking.AnswerSeal;
import com.laca.adapter.persistence.booking.JpaAppointmentRepository;
import com.laca.adapter.persistence.booking.JpaBookingLimitLock;
import com.laca.adapter.persistence.booking.JpaBookingPolicyRepository;
import com.laca.adapter.persistence.booking.JpaClientRepository;
import com.laca.adapter.persistence.booking.JpaDeskRecordRepository;
import com.laca.adapter.persistence.booking.JpaIdempotentAnswers;
import com.laca.adapter.persistence.booking.JpaScheduleRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.application.booking.port.in.BookAppointmentUseCase;
import com.laca.application.booking.port.in.BookedAppointments;
import com.laca.application.booking.port.in.BookingTermsQuery;
import com.laca.application.booking.port.in.ExpireHoldsUseCase;
import com.laca.application.booking.port.in.FindAvailabilityQuery;
import com.laca.application.booking.port.in.ManageOwnBookingUseCase;
import com.laca.application.booking.port.in.ManageScheduleUseCase;
import com.laca.application.booking.port.in.RescheduleAppointmentUseCase;
import com.laca.application.booking.port.in.RunOnceUseCase;
import com.laca.application.booking.port.in.StaffCalendarUseCase;
import com.laca.application.booking.port.out.BookingSafetyGateway;
import com.laca.application.booking.port.out.CheckInGateway;
import com.laca.application.booking.service.AvailabilityService;
import com.laca.application.booking.service.BookAppointmentService;
import com.laca.application.booking.service.BookingEngineAppointments;
import com.laca.application.booking.service.BookingNotifications;
import com.laca.application.booking.service.BookingPorts;
import com.laca.application.booking.service.BookingTermsService;
import com.laca.application.booking.service.ClinicFutureBookings;
import com.laca.application.booking.service.HoldExpiryService;
import com.laca.application.booking.service.IdempotentRequests;
import com.laca.application.booking.service.ManageOwnBookingService;
import com.laca.application.booking.service.OwnAppointments;
import com.laca.application.booking.service.RescheduleAppointmentService;
import com.laca.application.booking.service.ScheduleService;
import com.laca.application.booking.service.StaffCalendarService;
import com.laca.application.clinic.port.out.FutureBookingsGateway;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.consent.service.PreVisitPageLinks;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.notification.port.in.EnqueueNotificationUseCase;
import com.laca.application.payment.port.out.ConnectedAccountRepository;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.PaymentIntentRepository;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.application.payment.port.out.PaymentNotices;
import com.laca.application.payment.service.DepositSettlementService;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.scheduling.AvailabilityEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The booking area: appointments, clients, schedules, booking terms and the booking-limit lock over JPA, one
 * availability engine, and the booking services, which take and settle deposits through the payment area's ports and
 * the gateway {@link PaymentWiring} chose; the limits on public booking come from {@code laca.booking.*}; every booking
 * and move passes the clinical-safety gate {@link SafetyWiring} builds.
 */
@ApplicationScoped
public class BookingWiring {

    private AvailabilityService availability;
    private BookAppointmentService booking;
    private ManageOwnBookingService ownBooking;
    private StaffCalendarService calendar;
    private RescheduleAppointmentService staffReschedule;
    private ScheduleService schedule;
    private HoldExpiryService holds;
    private BookingEngineAppointments bookedAppointments;
    private PaymentNotices paymentNotices;
    private BookingTermsService terms;
    private IdempotentRequests runOnce;
    private ClinicFutureBookings futureBookings;

    BookingWiring() {
        // for the CDI proxy
    }

    @Inject
    BookingWiring(CurrentEntityManager current, JpaPersistence persistence, TransactionRunner tx,
                  TenantRepository tenants, TreatmentRepository treatments, LocationRepository locations,
                  PractitionerRepository practitioners, ResourceRepository resources,
                  ReferenceDataVersion referenceData, PaymentGateway gateway, PaymentLedgerRepository ledgers,
                  PaymentIntentRepository intents, ConnectedAccountRepository accounts, Clock clock,
                  BookingSafetyGateway safety, CheckInGateway checkIn,
                  @ConfigProperty(name = "laca.booking.max-unpaid-holds-per-client") int unpaidHoldsPerClient,
                  @ConfigProperty(name = "laca.booking.max-upcoming-per-client") int upcomingPerClient,
                  @ConfigProperty(name = "laca.booking.max-unpaid-holds-per-address") int unpaidHoldsPerAddress,
                  @ConfigProperty(name = "laca.booking.max-upcoming-per-address") int upcomingPerAddress,
                  @ConfigProperty(name = "laca.booking.check-in-opens-minutes", defaultValue = "60")
                  int checkInOpensMinutes,
                  EnqueueNotificationUseCase enqueue,
                  @ConfigProperty(name = "laca.public.base-url") String publicBaseUrl,
                  StaffAccountRepository staffAccounts,
                  @ConfigProperty(name = "laca.idempotency.answer-key") Optional<String> answerKey) {
        BookingPorts ports = new BookingPorts(tx, tenants, treatments, locations, practitioners, resources,
                new JpaAppointmentRepository(current), new JpaClientRepository(current),
                new JpaScheduleRepository(current), new JpaBookingPolicyRepository(current), referenceData);
        AvailabilityEngine engine = new AvailabilityEngine();
        BookingNotifications notifications = new BookingNotifications(enqueue, ports, URI.create(publicBaseUrl),
                new PreVisitPageLinks(URI.create(publicBaseUrl)));
        availability = new AvailabilityService(ports, engine, clock, safety);
        BookingLimits limits = new BookingLimits(unpaidHoldsPerClient, upcomingPerClient, unpaidHoldsPerAddress,
                upcomingPerAddress);
        DepositSettlementService settlement = new DepositSettlementService(tx, ledgers, intents, accounts, gateway,
                clock, notifications);
        booking = new BookAppointmentService(ports, new BookingDeposits(tx, gateway, accounts, intents, ledgers, clock),
                engine, clock, limits, new JpaBookingLimitLock(persistence, current), notifications, safety);
        JpaDeskRecordRepository deskRecords = new JpaDeskRecordRepository(current);
        ownBooking = new ManageOwnBookingService(ports, settlement, engine, clock, notifications, safety, deskRecords);
        OwnAppointments own = OwnAppointments.linkedBy(staffAccounts);
        calendar = new StaffCalendarService(ports, settlement, clock, Duration.ofMinutes(checkInOpensMinutes),
                notifications, safety, checkIn, own, deskRecords, ledgers);
        schedule = new ScheduleService(ports, clock);
        staffReschedule = new RescheduleAppointmentService(ports, engine, clock, safety, notifications, own);
        holds = new HoldExpiryService(ports, clock);
        bookedAppointments = new BookingEngineAppointments(ports.appointments(), notifications);
        paymentNotices = notifications;
        terms = new BookingTermsService(tx, new JpaBookingPolicyRepository(current));
        runOnce = new IdempotentRequests(tx, new JpaIdempotentAnswers(persistence, current,
                answerKey.filter(k -> !k.isBlank()).map(AnswerSeal::withKey).orElseGet(AnswerSeal::perBoot)), clock);
        futureBookings = new ClinicFutureBookings(ports, clock, safety);
    }

    /** What the clinic area asks before a change to a record that bookings depend on (a proxy: no wiring cycle). */
    @Produces
    @ApplicationScoped
    FutureBookingsGateway futureBookings() {
        return futureBookings;
    }

    @Produces
    FindAvailabilityQuery findAvailability() {
        return availability;
    }

    @Produces
    RunOnceUseCase runOnce() {
        return runOnce;
    }

    @Produces
    BookAppointmentUseCase bookAppointment() {
        return booking;
    }

    @Produces
    ManageOwnBookingUseCase manageOwnBooking() {
        return ownBooking;
    }

    @Produces
    StaffCalendarUseCase staffCalendar() {
        return calendar;
    }

    @Produces
    RescheduleAppointmentUseCase rescheduleAppointment() {
        return staffReschedule;
    }

    @Produces
    ManageScheduleUseCase manageSchedule() {
        return schedule;
    }

    @Produces
    ExpireHoldsUseCase expireHolds() {
        return holds;
    }

    /** How payments tell the client of a deposit or refund; a proxy, so the two areas' wirings can each be built first. */
    @Produces
    @ApplicationScoped
    PaymentNotices paymentNotices() {
        return paymentNotices;
    }

    /** What the payment area asks of bookings; a proxy, so the two areas' wirings can each be built first. */
    @Produces
    @ApplicationScoped
    BookedAppointments bookedAppointments() {
        return bookedAppointments;
    }

    @Produces
    BookingTermsQuery bookingTerms() {
        return terms;
    }
}
