package com.laca.application.reporting.service;

import com.laca.application.academy.port.out.CourseRepository;
import com.laca.application.academy.port.out.EnrolmentRepository;
import com.laca.application.booking.port.out.AppointmentRepository;
import com.laca.application.booking.port.out.ScheduleRepository;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.application.reporting.port.in.OwnerDashboard;
import com.laca.application.reporting.port.in.OwnerDashboardQuery;
import com.laca.application.shared.Caller;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.identity.Permission;
import com.laca.domain.identity.PermissionMatrix;
import com.laca.domain.reporting.BookingFact;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Resource;
import com.laca.domain.reporting.DashboardFigures;
import com.laca.domain.scheduling.Closure;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.tenancy.Tenant;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the clinic's appointments and their ledgers in one tenant transaction and hands them to the domain's
 * figures, so the service only chooses the windows (today, this week, this and last month, 30 and 90 days).
 *
 * <p>Appointments are read from {@link #LOOK_BACK} before now to {@link #LOOK_AHEAD} after it, which covers every
 * window of the dashboard; money recorded on appointments outside that span (rare: a deposit paid more than a year
 * ahead) is not counted.
 */
public final class OwnerDashboardService implements OwnerDashboardQuery {

    /** Far enough back for the previous month and the 90-day rates. */
    static final Duration LOOK_BACK = Duration.ofDays(130);
    /** Far enough ahead for deposits paid on future appointments. */
    static final Duration LOOK_AHEAD = Duration.ofDays(366);

    private final TransactionRunner tx;
    private final TenantRepository tenants;
    private final AppointmentRepository appointments;
    private final PaymentLedgerRepository ledgers;
    private final PractitionerRepository practitioners;
    private final ScheduleRepository schedules;
    private final ResourceRepository resources;
    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final Clock clock;

    public OwnerDashboardService(TransactionRunner tx, TenantRepository tenants, AppointmentRepository appointments,
                                 PaymentLedgerRepository ledgers, PractitionerRepository practitioners,
                                 ScheduleRepository schedules, ResourceRepository resources,
                                 CourseRepository courses, EnrolmentRepository enrolments, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.appointments = Objects.requireNonNull(appointments, "appointments");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.practitioners = Objects.requireNonNull(practitioners, "practitioners");
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.courses = Objects.requireNonNull(courses, "courses");
        this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public OwnerDashboard dashboard(Caller caller) {
        caller.require(Permission.APPOINTMENTS_VIEW);
        boolean money = PermissionMatrix.allowsAny(caller.roles(), Permission.REPORTS_MONEY);
        boolean academy = PermissionMatrix.allowsAny(caller.roles(), Permission.COURSES_VIEW);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            Tenant tenant = tenants.findById(caller.tenantId()).orElseThrow();
            ZoneId zone = tenant.zone();
            List<com.laca.domain.booking.Appointment> stored = appointments.calendar(
                    new TimeRange(now.minus(LOOK_BACK), now.plus(LOOK_AHEAD)), Optional.empty(), Optional.empty())
                    .stream().map(StoredAppointment::appointment).toList();
            Map<com.laca.domain.shared.AppointmentId, PaymentLedgerRepository.LockedLedger> ledgerById =
                    ledgers.findAll(stored.stream().map(com.laca.domain.booking.Appointment::id).toList());
            List<BookingFact> facts = stored.stream().map(a -> BookingFact.of(a, now,
                    Optional.ofNullable(ledgerById.get(a.id())).map(PaymentLedgerRepository.LockedLedger::ledger)))
                    .toList();
            LocalDate weekStart = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Instant weekFrom = weekStart.atStartOfDay(zone).toInstant();
            Instant weekTo = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
            YearMonth month = YearMonth.from(LocalDate.ofInstant(now, zone));
            Optional<OwnerDashboard.MoneyFigures> figures = money
                    ? Optional.of(new OwnerDashboard.MoneyFigures(month,
                    DashboardFigures.revenue(facts, month, zone, tenant.currency()),
                    DashboardFigures.revenue(facts, month.minusMonths(1), zone, tenant.currency()),
                    DashboardFigures.depositsHeld(facts, now, tenant.currency())))
                    : Optional.empty();
            Map<PractitionerId, Long> booked =
                    DashboardFigures.bookedMinutesPerPractitioner(facts, weekFrom, weekTo);
            List<WorkingHours> rules = activeWorkingHours();
            List<Closure> closures = schedules.closures(weekStart, weekStart.plusDays(6));
            Map<PractitionerId, Long> working = DashboardFigures.workingMinutesPerPractitioner(rules, closures,
                    weekStart);
            Map<ResourceId, Long> bookedRooms = DashboardFigures.bookedMinutesPerResource(facts, weekFrom, weekTo);
            Map<ResourceId, Long> openRooms = DashboardFigures.openMinutesPerResource(activeResourceLocations(),
                    DashboardFigures.staffedMinutesPerLocation(rules, closures, weekStart));
            return new OwnerDashboard(now, zone, DashboardFigures.todayByStatus(facts, now, zone),
                    DashboardFigures.noShowRate(facts, now, 30), DashboardFigures.noShowRate(facts, now, 90),
                    DashboardFigures.lateCancellationRate(facts, now, 30),
                    DashboardFigures.lateCancellationRate(facts, now, 90),
                    DashboardFigures.depositConversion(facts, now, 30),
                    DashboardFigures.depositConversion(facts, now, 90), weekStart,
                    booked, bookedRooms, DashboardFigures.utilisation(booked, working),
                    DashboardFigures.utilisation(bookedRooms, openRooms),
                    weeks(facts, weekStart, zone, money ? Optional.of(tenant.currency()) : Optional.empty()), figures,
                    academy ? academyFigures(now) : Optional.empty());
        });
    }

    /** How many weeks the bookings-and-revenue chart shows, this one included. */
    static final int CHART_WEEKS = 8;

    /** The chart's weeks, oldest first; revenue only when the caller may see money (a currency is given). */
    private static List<OwnerDashboard.Week> weeks(List<BookingFact> facts, LocalDate thisWeek, ZoneId zone,
                                                   Optional<String> currency) {
        List<OwnerDashboard.Week> weeks = new ArrayList<>();
        for (int back = CHART_WEEKS - 1; back >= 0; back--) {
            LocalDate monday = thisWeek.minusWeeks(back);
            weeks.add(new OwnerDashboard.Week(monday, DashboardFigures.bookingsInWeek(facts, monday, zone),
                    currency.map(c -> DashboardFigures.revenueInWeek(facts, monday, zone, c))));
        }
        return weeks;
    }

    /** The academy's figures from every enrolment on every course, or none when the clinic runs no courses. */
    private Optional<OwnerDashboard.AcademyFigures> academyFigures(Instant now) {
        List<Course> all = courses.list();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<Enrolment> every = all.stream().flatMap(c -> enrolments.listByCourse(c.id()).stream()).toList();
        return Optional.of(new OwnerDashboard.AcademyFigures(DashboardFigures.activeStudents(every, now),
                DashboardFigures.completionRate(every, now)));
    }

    /** Where each active room or device stands, read a page at a time. */
    private Map<ResourceId, LocationId> activeResourceLocations() {
        Map<ResourceId, LocationId> locations = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            Page<Resource> batch = resources.list(new PageRequest(page, PageRequest.MAX_SIZE));
            batch.items().stream().filter(Resource::active).forEach(r -> locations.put(r.id(), r.locationId()));
            if (batch.items().size() < PageRequest.MAX_SIZE) {
                return locations;
            }
        }
    }

    /** The weekly rules of every active practitioner, read a page at a time. */
    private List<WorkingHours> activeWorkingHours() {
        List<WorkingHours> rules = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Practitioner> batch = practitioners.list(new PageRequest(page, PageRequest.MAX_SIZE));
            batch.items().stream().filter(Practitioner::active)
                    .forEach(p -> rules.addAll(schedules.workingHours(p.id())));
            if (batch.items().size() < PageRequest.MAX_SIZE) {
                return rules;
            }
        }
    }
}
