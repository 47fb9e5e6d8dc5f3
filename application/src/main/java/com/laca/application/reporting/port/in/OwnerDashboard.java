package com.laca.application.reporting.port.in;

import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.reporting.Rate;
import com.laca.domain.reporting.Revenue;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The owner's dashboard figures at one moment, each defined in {@code DashboardFigures}; the academy figures (active
 * students, completion rate) are absent rather than zero when the clinic runs no courses.
 *
 * @param asOf                        the moment the figures describe
 * @param zone                        the clinic's time zone, in which "today", the months and the week are read
 * @param todayByStatus               today's appointments by status
 * @param noShowRate30                no-shows over the last 30 days
 * @param noShowRate90                no-shows over the last 90 days
 * @param lateCancellationRate30      late cancellations over the last 30 days
 * @param lateCancellationRate90      late cancellations over the last 90 days
 * @param depositConversion30         card deposit holds paid against lapsed over the last 30 days
 * @param depositConversion90         the same over the last 90 days
 * @param weekStart                   the first day (Monday) of the week the booked minutes cover
 * @param bookedMinutesByPractitioner booked treatment minutes this week per practitioner
 * @param bookedMinutesByResource     booked treatment minutes this week per room or device
 * @param utilisationByPractitioner   this week's booked minutes out of working minutes per practitioner
 * @param utilisationByResource       this week's booked minutes out of its location's staffed minutes per room or device
 * @param weeks                       the last eight weeks, oldest first, ending with this one: bookings and revenue
 * @param money                       the money figures, present only for callers allowed to see payments
 * @param academy                     the academy figures, present when the clinic has courses and the caller may see
 *                                    them
 */
public record OwnerDashboard(Instant asOf, ZoneId zone, Map<AppointmentStatus, Long> todayByStatus,
                             Rate noShowRate30, Rate noShowRate90, Rate lateCancellationRate30,
                             Rate lateCancellationRate90, Rate depositConversion30, Rate depositConversion90,
                             LocalDate weekStart, Map<PractitionerId, Long> bookedMinutesByPractitioner,
                             Map<ResourceId, Long> bookedMinutesByResource,
                             Map<PractitionerId, Rate> utilisationByPractitioner,
                             Map<ResourceId, Rate> utilisationByResource, List<Week> weeks,
                             Optional<MoneyFigures> money,
                             Optional<AcademyFigures> academy) {

    public OwnerDashboard {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        todayByStatus = Map.copyOf(todayByStatus);
        Objects.requireNonNull(noShowRate30, "noShowRate30");
        Objects.requireNonNull(noShowRate90, "noShowRate90");
        Objects.requireNonNull(lateCancellationRate30, "lateCancellationRate30");
        Objects.requireNonNull(lateCancellationRate90, "lateCancellationRate90");
        Objects.requireNonNull(depositConversion30, "depositConversion30");
        Objects.requireNonNull(depositConversion90, "depositConversion90");
        Objects.requireNonNull(weekStart, "weekStart");
        bookedMinutesByPractitioner = Map.copyOf(bookedMinutesByPractitioner);
        bookedMinutesByResource = Map.copyOf(bookedMinutesByResource);
        utilisationByPractitioner = Map.copyOf(utilisationByPractitioner);
        utilisationByResource = Map.copyOf(utilisationByResource);
        Objects.requireNonNull(money, "money");
        Objects.requireNonNull(academy, "academy");
        weeks = List.copyOf(weeks);
    }

    /**
     * One week of the bookings-and-revenue chart.
     *
     * @param weekStart its Monday
     * @param bookings  kept bookings starting in it
     * @param revenue   the money recorded in it, present only for callers allowed to see payments
     */
    public record Week(LocalDate weekStart, long bookings, Optional<Revenue> revenue) {

        public Week {
            Objects.requireNonNull(weekStart, "weekStart");
            Objects.requireNonNull(revenue, "revenue");
        }
    }

    /**
     * The academy's figures, kept apart because only a clinic that runs courses has them.
     *
     * @param activeStudents distinct learners studying now
     * @param completionRate completed out of ended enrolments
     */
    public record AcademyFigures(long activeStudents, Rate completionRate) {

        public AcademyFigures {
            if (activeStudents < 0) {
                throw new IllegalArgumentException("activeStudents must not be negative");
            }
            Objects.requireNonNull(completionRate, "completionRate");
        }
    }

    /**
     * The ledger's figures, kept apart because only finance-minded roles may see them.
     *
     * @param thisMonth    the current calendar month's revenue
     * @param lastMonth    the previous calendar month's revenue
     * @param month        the current month
     * @param depositsHeld refundable money on appointments that have not happened yet
     */
    public record MoneyFigures(YearMonth month, Revenue thisMonth, Revenue lastMonth, Money depositsHeld) {

        public MoneyFigures {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(thisMonth, "thisMonth");
            Objects.requireNonNull(lastMonth, "lastMonth");
            Objects.requireNonNull(depositsHeld, "depositsHeld");
        }
    }
}
