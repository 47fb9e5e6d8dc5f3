package com.laca.domain.reporting;

import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.academy.enrolment.EnrolmentStatus;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.scheduling.Closure;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.scheduling.TimeWindow;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * The owner's dashboard figures, one method and one written definition each, so a figure means the same thing
 * wherever it is shown and can be recomputed by hand from the appointments and their ledgers.
 */
public final class DashboardFigures {

    /** Statuses of appointments that were due to take place: never-confirmed holds (held, expired) are left out. */
    private static final Set<AppointmentStatus> DUE = EnumSet.of(AppointmentStatus.CONFIRMED,
            AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW,
            AppointmentStatus.CANCELLED);

    private DashboardFigures() {
    }

    /**
     * Today's appointments by status: appointments whose start falls on today's date in {@code zone}, counted by
     * their status at {@code now}; every status is present, with zero when none.
     */
    public static Map<AppointmentStatus, Long> todayByStatus(Collection<BookingFact> facts, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<AppointmentStatus, Long> counts = new EnumMap<>(AppointmentStatus.class);
        for (AppointmentStatus status : AppointmentStatus.values()) {
            counts.put(status, 0L);
        }
        for (BookingFact fact : facts) {
            if (LocalDate.ofInstant(fact.start(), zone).equals(today)) {
                counts.merge(fact.status(), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Start (inclusive) and end (exclusive) of {@code month} in {@code zone}, as instants. */
    public static TimeRange monthBounds(YearMonth month, ZoneId zone) {
        return new TimeRange(month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    /** The revenue of {@code month} in {@code zone} from every ledger among {@code facts}; see {@link Revenue}. */
    public static Revenue revenue(Collection<BookingFact> facts, YearMonth month, ZoneId zone, String currency) {
        TimeRange bounds = monthBounds(month, zone);
        return Revenue.of(facts.stream().flatMap(f -> f.ledger().stream()).flatMap(l -> l.entries().stream())
                .toList(), currency, bounds.start(), bounds.end());
    }

    /** Statuses of a booking that was kept or is to be kept: what "bookings per week" counts. */
    private static final Set<AppointmentStatus> KEPT = EnumSet.of(AppointmentStatus.CONFIRMED,
            AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW);

    /**
     * Bookings in the week from {@code weekStart} (Monday to the next Monday in {@code zone}): appointments starting in
     * it that are confirmed, checked in, completed or a no-show; cancelled ones and holds never confirmed are left out.
     */
    public static long bookingsInWeek(Collection<BookingFact> facts, LocalDate weekStart, ZoneId zone) {
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        return facts.stream().filter(f -> KEPT.contains(f.status()) && !f.start().isBefore(from)
                && f.start().isBefore(to)).count();
    }

    /** The revenue recorded in the week from {@code weekStart} in {@code zone}, defined as for a month. */
    public static Revenue revenueInWeek(Collection<BookingFact> facts, LocalDate weekStart, ZoneId zone,
                                        String currency) {
        return Revenue.of(facts.stream().flatMap(f -> f.ledger().stream()).flatMap(l -> l.entries().stream())
                .toList(), currency, weekStart.atStartOfDay(zone).toInstant(),
                weekStart.plusWeeks(1).atStartOfDay(zone).toInstant());
    }

    /**
     * Deposits held at {@code now}, as {@link DepositsHeld} defines it for the money view too: money in less refunds
     * and forfeits, recorded before now, of appointments that start after now.
     */
    public static Money depositsHeld(Collection<BookingFact> facts, Instant now, String currency) {
        return DepositsHeld.at(facts.stream().flatMap(f -> f.movements().stream()).toList(), now, currency);
    }

    /**
     * No-show rate over the last {@code days} days: among appointments due to take place (confirmed, checked in,
     * completed, no-show or cancelled) that started in the {@code days} days before {@code now}, the share marked
     * as no-show.
     */
    public static Rate noShowRate(Collection<BookingFact> facts, Instant now, int days) {
        return rate(facts, now, days, f -> f.status() == AppointmentStatus.NO_SHOW);
    }

    /**
     * Late-cancellation rate over the last {@code days} days: among the same appointments as the no-show rate, the
     * share cancelled with the deposit kept (its ledger records a forfeit, even one later waived). A late
     * cancellation of a treatment without a deposit leaves no forfeit and is not counted.
     */
    public static Rate lateCancellationRate(Collection<BookingFact> facts, Instant now, int days) {
        return rate(facts, now, days, f -> f.status() == AppointmentStatus.CANCELLED
                && f.ledgerHas(LedgerEntryKind.DEPOSIT_FORFEITED));
    }

    /**
     * Deposit conversion over the last {@code days} days: among appointments whose card deposit was asked for in the
     * {@code days} days before {@code now} and whose hold is decided (paid, or lapsed unpaid), the share paid.
     * Holds still waiting for payment are left out.
     */
    public static Rate depositConversion(Collection<BookingFact> facts, Instant now, int days) {
        Instant from = now.minus(Duration.ofDays(days));
        long paid = 0;
        long decided = 0;
        for (BookingFact fact : facts) {
            boolean requestedInWindow = fact.ledger().stream().flatMap(l -> l.entries().stream())
                    .anyMatch(e -> e.kind() == LedgerEntryKind.DEPOSIT_REQUESTED
                            && !e.at().isBefore(from) && e.at().isBefore(now));
            if (!requestedInWindow) {
                continue;
            }
            if (fact.ledgerHas(LedgerEntryKind.DEPOSIT_PAID)) {
                paid++;
                decided++;
            } else if (fact.status() == AppointmentStatus.EXPIRED) {
                decided++;
            }
        }
        return new Rate(paid, decided);
    }

    /**
     * Booked minutes per practitioner in {@code from}..{@code to}: the treatment time (buffers excluded) of
     * appointments that keep the practitioner's time (held, confirmed, checked in, completed), clipped to the range.
     */
    public static Map<PractitionerId, Long> bookedMinutesPerPractitioner(Collection<BookingFact> facts,
                                                                         Instant from, Instant to) {
        Map<PractitionerId, Long> minutes = new LinkedHashMap<>();
        for (BookingFact fact : facts) {
            long booked = fact.status().occupiesTime() ? fact.minutesWithin(from, to) : 0;
            if (booked > 0) {
                minutes.merge(fact.practitioner(), booked, Long::sum);
            }
        }
        return minutes;
    }

    /** Booked minutes per room or device in {@code from}..{@code to}, counted as for practitioners. */
    public static Map<ResourceId, Long> bookedMinutesPerResource(Collection<BookingFact> facts,
                                                                 Instant from, Instant to) {
        Map<ResourceId, Long> minutes = new LinkedHashMap<>();
        for (BookingFact fact : facts) {
            long booked = fact.status().occupiesTime() ? fact.minutesWithin(from, to) : 0;
            if (booked > 0) {
                for (ResourceId resource : fact.resources()) {
                    minutes.merge(resource, booked, Long::sum);
                }
            }
        }
        return minutes;
    }

    /**
     * Working minutes per practitioner in the seven days from {@code weekStart}: for each day that is not a clinic
     * closure, the minutes of the practitioner's weekly working-hours windows for that weekday and valid on that date,
     * at every location. Date overrides and time off are not subtracted; a practitioner without rules is absent.
     */
    public static Map<PractitionerId, Long> workingMinutesPerPractitioner(Collection<WorkingHours> rules,
                                                                          Collection<Closure> closures,
                                                                          LocalDate weekStart) {
        Set<LocalDate> closed = new java.util.HashSet<>();
        closures.forEach(c -> closed.add(c.date()));
        Map<PractitionerId, Long> minutes = new LinkedHashMap<>();
        for (int offset = 0; offset < 7; offset++) {
            LocalDate date = weekStart.plusDays(offset);
            if (closed.contains(date)) {
                continue;
            }
            for (WorkingHours rule : rules) {
                if (rule.day() == date.getDayOfWeek() && rule.validity().contains(date)) {
                    long sum = 0;
                    for (TimeWindow window : rule.windows()) {
                        sum += Duration.between(window.start(), window.end()).toMinutes();
                    }
                    minutes.merge(rule.practitioner(), sum, Long::sum);
                }
            }
        }
        return minutes;
    }

    /**
     * Staffed minutes per location in the seven days from {@code weekStart}: for each day that is not a clinic closure,
     * the minutes covered by at least one practitioner's weekly working-hours window at that location for that weekday
     * and valid on that date; two practitioners working at once count once. Date overrides and time off are not
     * subtracted; a location where nobody works is absent.
     */
    public static Map<LocationId, Long> staffedMinutesPerLocation(Collection<WorkingHours> rules,
                                                                  Collection<Closure> closures, LocalDate weekStart) {
        Set<LocalDate> closed = new java.util.HashSet<>();
        closures.forEach(c -> closed.add(c.date()));
        Map<LocationId, Long> minutes = new LinkedHashMap<>();
        for (int offset = 0; offset < 7; offset++) {
            LocalDate date = weekStart.plusDays(offset);
            if (closed.contains(date)) {
                continue;
            }
            Map<LocationId, List<TimeWindow>> windows = new LinkedHashMap<>();
            for (WorkingHours rule : rules) {
                if (rule.day() == date.getDayOfWeek() && rule.validity().contains(date)) {
                    windows.computeIfAbsent(rule.location(), l -> new ArrayList<>()).addAll(rule.windows());
                }
            }
            windows.forEach((location, day) -> minutes.merge(location, unionMinutes(day), Long::sum));
        }
        return minutes;
    }

    /**
     * Open minutes per room or device in the week: the staffed minutes of the location it stands in (a room is only
     * used while someone works there), for every room or device given; one at a location where nobody works has 0.
     *
     * @param locations each active room or device and its location
     */
    public static Map<ResourceId, Long> openMinutesPerResource(Map<ResourceId, LocationId> locations,
                                                               Map<LocationId, Long> staffed) {
        Map<ResourceId, Long> minutes = new LinkedHashMap<>();
        locations.forEach((resource, location) -> minutes.put(resource, staffed.getOrDefault(location, 0L)));
        return minutes;
    }

    /** The minutes covered by at least one of the windows, overlapping or not. */
    private static long unionMinutes(List<TimeWindow> windows) {
        List<TimeWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(TimeWindow::start));
        long total = 0;
        java.time.LocalTime start = null;
        java.time.LocalTime end = null;
        for (TimeWindow window : sorted) {
            if (end != null && !window.start().isAfter(end)) {
                if (window.end().isAfter(end)) {
                    end = window.end();
                }
                continue;
            }
            if (end != null) {
                total += Duration.between(start, end).toMinutes();
            }
            start = window.start();
            end = window.end();
        }
        if (end != null) {
            total += Duration.between(start, end).toMinutes();
        }
        return total;
    }

    /**
     * Utilisation per key: booked minutes out of working minutes, for every key with working minutes. Minutes booked
     * beyond the working minutes (a booking outside the weekly rules) count as full, so utilisation never exceeds
     * 100 %; a key with no working minutes has an empty rate (absent percentage), never a division by zero.
     */
    public static <K> Map<K, Rate> utilisation(Map<K, Long> booked, Map<K, Long> working) {
        Map<K, Rate> rates = new LinkedHashMap<>();
        working.forEach((key, available) -> rates.put(key,
                new Rate(Math.min(booked.getOrDefault(key, 0L), available), available)));
        booked.keySet().stream().filter(key -> !working.containsKey(key))
                .forEach(key -> rates.put(key, new Rate(0, 0)));
        return rates;
    }

    /** Enrolments that have come to an end one way or another: the base of the completion rate. */
    private static final Set<EnrolmentStatus> ENDED = EnumSet.of(EnrolmentStatus.COMPLETED, EnrolmentStatus.WITHDRAWN,
            EnrolmentStatus.EXPIRED);

    /**
     * Active students: the distinct learners with at least one enrolment that is active at {@code now} (an access
     * period that ran out counts as expired, invitations not yet accepted do not count).
     */
    public static long activeStudents(Collection<Enrolment> enrolments, Instant now) {
        return enrolments.stream().filter(e -> e.statusAt(now) == EnrolmentStatus.ACTIVE).map(Enrolment::learner)
                .distinct().count();
    }

    /**
     * Course completion rate: among enrolments that have ended at {@code now} (completed, withdrawn or expired), the
     * share completed; learners still studying and invitations are left out, so a new intake does not lower it.
     */
    public static Rate completionRate(Collection<Enrolment> enrolments, Instant now) {
        long completed = 0;
        long ended = 0;
        for (Enrolment enrolment : enrolments) {
            EnrolmentStatus status = enrolment.statusAt(now);
            if (ENDED.contains(status)) {
                ended++;
                if (status == EnrolmentStatus.COMPLETED) {
                    completed++;
                }
            }
        }
        return new Rate(completed, ended);
    }

    private static Rate rate(Collection<BookingFact> facts, Instant now, int days,
                             java.util.function.Predicate<BookingFact> counted) {
        if (days <= 0) {
            throw new IllegalArgumentException("a rate covers a positive number of days: " + days);
        }
        Instant from = now.minus(Duration.ofDays(days));
        long count = 0;
        long outOf = 0;
        for (BookingFact fact : facts) {
            if (fact.start().isBefore(from) || !fact.start().isBefore(now) || !DUE.contains(fact.status())) {
                continue;
            }
            outOf++;
            if (counted.test(fact)) {
                count++;
            }
        }
        return new Rate(count, outOf);
    }
}
