package com.laca.domain.reporting;

import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.payment.PaymentReference;
import com.laca.domain.scheduling.Closure;
import com.laca.domain.scheduling.DateRange;
import com.laca.domain.scheduling.TimeWindow;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static com.laca.domain.booking.AppointmentStatus.CANCELLED;
import static com.laca.domain.booking.AppointmentStatus.CHECKED_IN;
import static com.laca.domain.booking.AppointmentStatus.COMPLETED;
import static com.laca.domain.booking.AppointmentStatus.CONFIRMED;
import static com.laca.domain.booking.AppointmentStatus.EXPIRED;
import static com.laca.domain.booking.AppointmentStatus.HELD;
import static com.laca.domain.booking.AppointmentStatus.NO_SHOW;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Owner's dashboard figures")
class DashboardFiguresTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Monday 30 November 2026, 10:00 in London (GMT). */
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final PractitionerId ANNA = PractitionerId.random();
    private static final PractitionerId BEN = PractitionerId.random();
    private static final ResourceId ROOM_1 = ResourceId.random();

    private static Money gbp(long pence) {
        return Money.of(pence, "GBP");
    }

    private static BookingFact fact(PractitionerId who, Instant start, int minutes, AppointmentStatus status,
                                    Consumer<PaymentLedger> money) {
        AppointmentId id = AppointmentId.random();
        Optional<PaymentLedger> ledger = Optional.empty();
        if (money != null) {
            PaymentLedger l = PaymentLedger.open(id, "GBP");
            money.accept(l);
            ledger = Optional.of(l);
        }
        return new BookingFact(id, who, Set.of(ROOM_1), start, start.plus(Duration.ofMinutes(minutes)), status,
                ledger);
    }

    private static BookingFact fact(Instant start, AppointmentStatus status, Consumer<PaymentLedger> money) {
        return fact(ANNA, start, 30, status, money);
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static Consumer<PaymentLedger> depositPaid(long pence, Instant at) {
        return l -> {
            l.requestDeposit(gbp(pence), at.minusSeconds(60), PaymentReference.of("pi-" + at));
            l.recordDepositPaid(gbp(pence), at, PaymentReference.of("pi-" + at));
        };
    }

    @Test
    @DisplayName("today's appointments are counted by their status, with every status shown even when none")
    void today() {
        var facts = List.of(
                fact(Instant.parse("2026-11-30T09:00:00Z"), CHECKED_IN, null),
                fact(Instant.parse("2026-11-30T14:00:00Z"), CONFIRMED, null),
                fact(Instant.parse("2026-11-30T15:00:00Z"), CONFIRMED, null),
                fact(Instant.parse("2026-11-30T16:00:00Z"), CANCELLED, null),
                fact(Instant.parse("2026-12-01T09:00:00Z"), CONFIRMED, null),
                fact(Instant.parse("2026-11-29T23:30:00Z"), COMPLETED, null));

        var counts = DashboardFigures.todayByStatus(facts, NOW, LONDON);

        assertThat(counts).containsEntry(CONFIRMED, 2L).containsEntry(CHECKED_IN, 1L)
                .containsEntry(CANCELLED, 1L).containsEntry(COMPLETED, 0L).containsEntry(NO_SHOW, 0L)
                .hasSize(AppointmentStatus.values().length);
    }

    @Test
    @DisplayName("revenue of a month adds takings, subtracts refunds that went out and counts kept deposits apart")
    void revenue() {
        Instant inNovember = Instant.parse("2026-11-10T12:00:00Z");
        Instant inOctober = Instant.parse("2026-10-20T12:00:00Z");
        var facts = List.of(
                // £50 deposit paid in November, then £150 at the desk: takings £200
                fact(inNovember, COMPLETED, depositPaid(5_000, inNovember).andThen(l -> l.recordBalancePaidAtDesk(
                        gbp(15_000), gbp(20_000), inNovember.plusSeconds(3600), PaymentReference.of("desk-1"),
                        "balance"))),
                // £30 paid in November and refunded in November: takings £30, refunds £30
                fact(inNovember, CANCELLED, depositPaid(3_000, inNovember).andThen(l -> l.refund(gbp(3_000),
                        inNovember.plusSeconds(60), PaymentReference.of("re-1"), "free cancellation"))),
                // £40 paid in October, forfeited in November: takings in October, forfeit £40 in November
                fact(inOctober, NO_SHOW, depositPaid(4_000, inOctober).andThen(l -> l.forfeitDeposit(
                        inNovember, PaymentReference.of("ns-1"), "no-show"))));

        Revenue november = DashboardFigures.revenue(facts, YearMonth.of(2026, 11), LONDON, "GBP");
        Revenue october = DashboardFigures.revenue(facts, YearMonth.of(2026, 10), LONDON, "GBP");

        assertThat(november.takings()).isEqualTo(gbp(23_000));
        assertThat(november.refunds()).isEqualTo(gbp(3_000));
        assertThat(november.forfeits()).isEqualTo(gbp(4_000));
        assertThat(november.net()).isEqualTo(gbp(20_000));
        assertThat(october.takings()).isEqualTo(gbp(4_000));
        assertThat(october.refunds()).isEqualTo(gbp(0));
    }

    @Test
    @DisplayName("a refund that failed gives its money back to the month's revenue, and a waived forfeit is no longer kept")
    void failedRefundAndWaiver() {
        Instant at = Instant.parse("2026-11-10T12:00:00Z");
        var facts = List.of(
                fact(at, CANCELLED, depositPaid(2_000, at).andThen(l -> {
                    l.refund(gbp(2_000), at.plusSeconds(10), PaymentReference.of("re-2"), "free cancellation");
                    l.recordRefundFailed(PaymentReference.of("re-2"), at.plusSeconds(20), "card closed");
                })),
                fact(at, CANCELLED, depositPaid(1_000, at).andThen(l -> {
                    l.forfeitDeposit(at.plusSeconds(10), PaymentReference.of("late-1"), "late");
                    l.waiveForfeit(at.plusSeconds(20), PaymentReference.of("waive-1"), "goodwill");
                })));

        Revenue november = DashboardFigures.revenue(facts, YearMonth.of(2026, 11), LONDON, "GBP");

        assertThat(november.refunds()).isEqualTo(gbp(0));
        assertThat(november.forfeits()).isEqualTo(gbp(0));
        assertThat(november.takings()).isEqualTo(gbp(3_000));
    }

    @Test
    @DisplayName("deposits held are the refundable money on appointments that have not happened yet")
    void depositsHeld() {
        Instant paidAt = daysAgo(3);
        var facts = List.of(
                fact(NOW.plus(Duration.ofDays(2)), CONFIRMED, depositPaid(5_000, paidAt)),
                fact(NOW.plusSeconds(600), CHECKED_IN, depositPaid(2_500, paidAt)),
                fact(daysAgo(1), COMPLETED, depositPaid(7_000, paidAt)),
                fact(daysAgo(1), NO_SHOW, depositPaid(1_000, paidAt).andThen(l -> l.forfeitDeposit(NOW,
                        PaymentReference.of("ns"), "no-show"))));

        assertThat(DashboardFigures.depositsHeld(facts, NOW, "GBP")).isEqualTo(gbp(7_500));
    }

    @Test
    @DisplayName("the dashboard and the money view give the same deposits held on the same data: a cancelled "
            + "appointment still ahead whose money is not yet given back is held, one already started is not")
    void depositsHeldOneDefinition() {
        Instant paidAt = daysAgo(3);
        var facts = List.of(
                fact(NOW.plus(Duration.ofDays(2)), CONFIRMED, depositPaid(5_000, paidAt)),
                fact(NOW.plus(Duration.ofDays(4)), CANCELLED, depositPaid(2_000, paidAt)),
                fact(NOW.minusSeconds(300), CHECKED_IN, depositPaid(2_500, paidAt)),
                fact(NOW.plus(Duration.ofDays(5)), CANCELLED, depositPaid(1_000, paidAt).andThen(l ->
                        l.forfeitDeposit(daysAgo(1), PaymentReference.of("late"), "late cancellation"))));
        var movements = facts.stream().flatMap(f -> f.movements().stream()).toList();

        Money dashboard = DashboardFigures.depositsHeld(facts, NOW, "GBP");
        Money moneyView = MoneyFigures.of(movements, daysAgo(30), NOW, "GBP").depositsHeld();

        assertThat(dashboard).isEqualTo(gbp(7_000)).isEqualTo(moneyView);
    }

    @Test
    @DisplayName("no-show and late-cancellation rates count only appointments that were due in the window")
    void rates() {
        Consumer<PaymentLedger> lateCancelled = depositPaid(1_000, daysAgo(20)).andThen(l -> l.forfeitDeposit(
                daysAgo(10), PaymentReference.of("late"), "late cancellation"));
        var facts = List.of(
                fact(daysAgo(5), COMPLETED, null),
                fact(daysAgo(6), COMPLETED, null),
                fact(daysAgo(7), NO_SHOW, null),
                fact(daysAgo(10), CANCELLED, lateCancelled),
                fact(daysAgo(11), CANCELLED, null),            // free cancellation
                fact(daysAgo(12), EXPIRED, null),              // never confirmed: left out
                fact(daysAgo(40), NO_SHOW, null),              // only in the 90-day window
                fact(daysAgo(100), NO_SHOW, null),             // in neither
                fact(NOW.plus(Duration.ofDays(1)), CONFIRMED, null)); // not yet due

        assertThat(DashboardFigures.noShowRate(facts, NOW, 30)).isEqualTo(new Rate(1, 5));
        assertThat(DashboardFigures.noShowRate(facts, NOW, 90)).isEqualTo(new Rate(2, 6));
        assertThat(DashboardFigures.lateCancellationRate(facts, NOW, 30)).isEqualTo(new Rate(1, 5));
        assertThat(DashboardFigures.noShowRate(facts, NOW, 30).percent()).hasValue(20.0);
        assertThat(DashboardFigures.noShowRate(facts, NOW, 90).percent()).hasValue(33.3);
    }

    @Test
    @DisplayName("a rate over no appointments is absent, not zero")
    void emptyRate() {
        assertThat(DashboardFigures.noShowRate(List.of(), NOW, 30).percent()).isEmpty();
    }

    @Test
    @DisplayName("deposit conversion compares holds paid with holds that lapsed unpaid, leaving open holds out")
    void depositConversion() {
        Consumer<PaymentLedger> requestedOnly = l -> l.requestDeposit(gbp(1_000), daysAgo(2), PaymentReference.of("pi-x"));
        var facts = List.of(
                fact(NOW.plus(Duration.ofDays(3)), CONFIRMED, depositPaid(1_000, daysAgo(2))),
                fact(NOW.plus(Duration.ofDays(4)), CONFIRMED, depositPaid(1_000, daysAgo(3))),
                fact(NOW.plus(Duration.ofDays(5)), EXPIRED, requestedOnly),
                fact(NOW.plus(Duration.ofDays(6)), HELD, requestedOnly),            // still open
                fact(NOW.plus(Duration.ofDays(6)), CONFIRMED, depositPaid(1_000, daysAgo(60)))); // outside 30 days

        assertThat(DashboardFigures.depositConversion(facts, NOW, 30)).isEqualTo(new Rate(2, 3));
        assertThat(DashboardFigures.depositConversion(facts, NOW, 90)).isEqualTo(new Rate(3, 4));
    }

    @Test
    @DisplayName("booked minutes per practitioner and room count treatment time that keeps the diary, clipped to the day")
    void bookedMinutes() {
        Instant dayStart = Instant.parse("2026-11-30T00:00:00Z");
        Instant dayEnd = Instant.parse("2026-12-01T00:00:00Z");
        var facts = List.of(
                fact(ANNA, Instant.parse("2026-11-30T09:00:00Z"), 60, COMPLETED, null),
                fact(ANNA, Instant.parse("2026-11-30T11:00:00Z"), 30, CONFIRMED, null),
                fact(ANNA, Instant.parse("2026-11-30T12:00:00Z"), 45, CANCELLED, null),   // frees the time
                fact(BEN, Instant.parse("2026-11-30T23:30:00Z"), 60, CONFIRMED, null));   // half in the day

        assertThat(DashboardFigures.bookedMinutesPerPractitioner(facts, dayStart, dayEnd))
                .containsEntry(ANNA, 90L).containsEntry(BEN, 30L).hasSize(2);
        assertThat(DashboardFigures.bookedMinutesPerResource(facts, dayStart, dayEnd))
                .containsEntry(ROOM_1, 120L).hasSize(1);
    }

    @Test
    @DisplayName("utilisation is booked minutes out of working minutes, closures excluded, capped at full and absent without hours")
    void utilisation() {
        PractitionerId ana = PractitionerId.random();
        PractitionerId ben = PractitionerId.random();
        PractitionerId cat = PractitionerId.random();
        LocationId here = LocationId.random();
        LocalDate monday = LocalDate.parse("2026-11-30");
        var rules = List.of(
                // Ana: Monday 09:00-12:00 and 13:00-17:00 (420 min), Tuesday 09:00-13:00 (240 min) = 660 min
                new WorkingHours(ana, here, DayOfWeek.MONDAY,
                        List.of(TimeWindow.of("09:00", "12:00"), TimeWindow.of("13:00", "17:00")), DateRange.always()),
                new WorkingHours(ana, here, DayOfWeek.TUESDAY, List.of(TimeWindow.of("09:00", "13:00")),
                        DateRange.always()),
                // Ana's Wednesday rule only starts next week: not counted
                new WorkingHours(ana, here, DayOfWeek.WEDNESDAY, List.of(TimeWindow.of("09:00", "17:00")),
                        DateRange.startingOn(monday.plusWeeks(1))),
                // Ben: Thursday 10:00-12:00 (120 min), but Thursday is a closure = 0 min, Friday 10:00-11:00 = 60 min
                new WorkingHours(ben, here, DayOfWeek.THURSDAY, List.of(TimeWindow.of("10:00", "12:00")),
                        DateRange.always()),
                new WorkingHours(ben, here, DayOfWeek.FRIDAY, List.of(TimeWindow.of("10:00", "11:00")),
                        DateRange.always()));
        var closures = List.of(new Closure(monday.plusDays(3), "Staff training"));

        var working = DashboardFigures.workingMinutesPerPractitioner(rules, closures, monday);
        var rates = DashboardFigures.utilisation(java.util.Map.of(ana, 165L, ben, 90L, cat, 30L), working);

        assertThat(working).containsEntry(ana, 660L).containsEntry(ben, 60L).doesNotContainKey(cat);
        // 165 / 660 = 25 %; Ben booked 90 of 60 minutes: capped at 100 %; Cat has no hours: absent
        assertThat(rates.get(ana).percent()).hasValue(25.0);
        assertThat(rates.get(ben).percent()).hasValue(100.0);
        assertThat(rates.get(cat).percent()).isEmpty();
    }

    @Test
    @DisplayName("a room's utilisation is its booked minutes out of the minutes someone works at its location, "
            + "colleagues working at once counted once, closures excluded")
    void roomUtilisation() {
        PractitionerId ana = PractitionerId.random();
        PractitionerId ben = PractitionerId.random();
        LocationId bath = LocationId.random();
        LocationId bristol = LocationId.random();
        ResourceId room1 = ResourceId.random();
        ResourceId laser = ResourceId.random();
        ResourceId bristolRoom = ResourceId.random();
        ResourceId emptySite = ResourceId.random();
        LocalDate monday = LocalDate.parse("2026-11-30");
        var rules = List.of(
                // Bath, Monday: Ana 09:00-12:00 and 13:00-17:00, Ben 11:00-14:00; together 09:00-17:00 = 480 min
                new WorkingHours(ana, bath, DayOfWeek.MONDAY,
                        List.of(TimeWindow.of("09:00", "12:00"), TimeWindow.of("13:00", "17:00")), DateRange.always()),
                new WorkingHours(ben, bath, DayOfWeek.MONDAY, List.of(TimeWindow.of("11:00", "14:00")),
                        DateRange.always()),
                // Bath, Tuesday: Ana 09:00-10:00 and Ben 10:00-11:00 (touching) = 120 min; week total 600 min
                new WorkingHours(ana, bath, DayOfWeek.TUESDAY, List.of(TimeWindow.of("09:00", "10:00")),
                        DateRange.always()),
                new WorkingHours(ben, bath, DayOfWeek.TUESDAY, List.of(TimeWindow.of("10:00", "11:00")),
                        DateRange.always()),
                // Bristol: Ben Wednesday 09:00-13:00 = 240 min; Thursday 09:00-17:00 is a closure = 0
                new WorkingHours(ben, bristol, DayOfWeek.WEDNESDAY, List.of(TimeWindow.of("09:00", "13:00")),
                        DateRange.always()),
                new WorkingHours(ben, bristol, DayOfWeek.THURSDAY, List.of(TimeWindow.of("09:00", "17:00")),
                        DateRange.always()),
                // Bath, Friday: a rule that only starts next week is not counted
                new WorkingHours(ana, bath, DayOfWeek.FRIDAY, List.of(TimeWindow.of("09:00", "17:00")),
                        DateRange.startingOn(monday.plusWeeks(1))));
        var closures = List.of(new Closure(monday.plusDays(3), "Staff training"));
        LocationId nowhere = LocationId.random();

        var staffed = DashboardFigures.staffedMinutesPerLocation(rules, closures, monday);
        var open = DashboardFigures.openMinutesPerResource(java.util.Map.of(room1, bath, laser, bath,
                bristolRoom, bristol, emptySite, nowhere), staffed);
        // room 1: 150 of 600 = 25 %; the laser: 30 of 600 = 5 %; Bristol's room: 300 booked of 240 = capped at 100 %
        var rates = DashboardFigures.utilisation(java.util.Map.of(room1, 150L, laser, 30L, bristolRoom, 300L), open);

        assertThat(staffed).containsOnly(java.util.Map.entry(bath, 600L), java.util.Map.entry(bristol, 240L));
        assertThat(open).containsEntry(room1, 600L).containsEntry(laser, 600L).containsEntry(bristolRoom, 240L)
                .containsEntry(emptySite, 0L);
        assertThat(rates.get(room1)).isEqualTo(new Rate(150, 600));
        assertThat(rates.get(room1).percent()).hasValue(25.0);
        assertThat(rates.get(laser).percent()).hasValue(5.0);
        assertThat(rates.get(bristolRoom).percent()).hasValue(100.0);
        assertThat(rates.get(emptySite).percent()).isEmpty();
    }

    @Test
    @DisplayName("active students are distinct learners studying now; completion is completed out of ended enrolments")
    void academyFigures() {
        var course = com.laca.domain.academy.CourseId.random();
        var other = com.laca.domain.academy.CourseId.random();
        var ana = com.laca.domain.shared.UserId.random();
        var ben = com.laca.domain.shared.UserId.random();
        var cat = com.laca.domain.shared.UserId.random();
        var dan = com.laca.domain.shared.UserId.random();
        Instant before = NOW.minus(Duration.ofDays(40));
        var enrolments = List.of(
                // Ana studies two courses: one active student
                enrolment(course, ana, com.laca.domain.academy.enrolment.EnrolmentStatus.ACTIVE, before, null),
                enrolment(other, ana, com.laca.domain.academy.enrolment.EnrolmentStatus.ACTIVE, before, null),
                // Ben's access ran out yesterday though still stored as active: expired, so ended, not completed
                enrolment(course, ben, com.laca.domain.academy.enrolment.EnrolmentStatus.ACTIVE, before,
                        NOW.minus(Duration.ofDays(1))),
                // Cat completed, Dan withdrew, an invitation not accepted yet counts nowhere
                enrolment(course, cat, com.laca.domain.academy.enrolment.EnrolmentStatus.COMPLETED, before, null),
                enrolment(other, dan, com.laca.domain.academy.enrolment.EnrolmentStatus.WITHDRAWN, before, null),
                enrolment(other, cat, com.laca.domain.academy.enrolment.EnrolmentStatus.INVITED, before, null));

        assertThat(DashboardFigures.activeStudents(enrolments, NOW)).isEqualTo(1);
        // completed 1 (Cat) out of ended 3 (Cat, Ben expired, Dan withdrawn) = 33.3 %
        assertThat(DashboardFigures.completionRate(enrolments, NOW)).isEqualTo(new Rate(1, 3));
        assertThat(DashboardFigures.completionRate(List.of(), NOW).percent()).isEmpty();
    }

    private static com.laca.domain.academy.enrolment.Enrolment enrolment(
            com.laca.domain.academy.CourseId course, com.laca.domain.shared.UserId learner,
            com.laca.domain.academy.enrolment.EnrolmentStatus status, Instant enrolledAt, Instant accessUntil) {
        boolean completed = status == com.laca.domain.academy.enrolment.EnrolmentStatus.COMPLETED;
        boolean ended = status == com.laca.domain.academy.enrolment.EnrolmentStatus.WITHDRAWN
                || status == com.laca.domain.academy.enrolment.EnrolmentStatus.EXPIRED;
        return new com.laca.domain.academy.enrolment.Enrolment(
                com.laca.domain.academy.EnrolmentId.random(), course, learner,
                com.laca.domain.academy.enrolment.EnrolmentRoute.BY_STAFF, status, enrolledAt,
                Optional.ofNullable(accessUntil), completed ? Optional.of(1) : Optional.empty(),
                completed ? Optional.of(enrolledAt.plus(Duration.ofDays(10))) : Optional.empty(),
                ended ? Optional.of(enrolledAt.plus(Duration.ofDays(5))) : Optional.empty(), Optional.empty());
    }

    @Test
    @DisplayName("bookings per week count kept appointments starting in the clinic's week; revenue per week its takings")
    void weekly() {
        LocalDate monday = LocalDate.parse("2026-11-23");
        var facts = List.of(
                fact(Instant.parse("2026-11-23T00:30:00Z"), CONFIRMED, null),      // Monday 00:30 London: in
                fact(Instant.parse("2026-11-25T10:00:00Z"), COMPLETED, depositPaid(2_000, Instant.parse("2026-11-24T09:00:00Z"))),
                fact(Instant.parse("2026-11-26T10:00:00Z"), NO_SHOW, null),
                fact(Instant.parse("2026-11-27T10:00:00Z"), CANCELLED, null),      // cancelled: out
                fact(Instant.parse("2026-11-28T10:00:00Z"), EXPIRED, null),        // lapsed hold: out
                fact(Instant.parse("2026-11-29T23:59:00Z"), CHECKED_IN, null),     // Sunday 23:59: in
                fact(Instant.parse("2026-11-30T00:00:00Z"), CONFIRMED,             // next Monday: out
                        depositPaid(3_000, Instant.parse("2026-11-30T09:00:00Z"))));

        assertThat(DashboardFigures.bookingsInWeek(facts, monday, LONDON)).isEqualTo(4);
        assertThat(DashboardFigures.revenueInWeek(facts, monday, LONDON, "GBP").takings()).isEqualTo(gbp(2_000));
        assertThat(DashboardFigures.revenueInWeek(facts, monday.plusWeeks(1), LONDON, "GBP").takings())
                .isEqualTo(gbp(3_000));
    }
}
