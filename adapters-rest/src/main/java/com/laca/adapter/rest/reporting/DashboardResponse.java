package com.laca.adapter.rest.reporting;

import com.laca.application.reporting.port.in.OwnerDashboard;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.reporting.Rate;
import com.laca.domain.reporting.Revenue;
import com.laca.domain.shared.Money;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The owner's dashboard as JSON; money in integer minor units, rates as counts with a percentage that is null when
 * nothing was counted, and no academy figures for a clinic that runs no courses (absent, not zero).
 *
 * @param asOf                        the moment the figures describe (ISO instant)
 * @param zone                        the clinic's time zone
 * @param today                       today's appointments by status
 * @param noShowRate                  no-shows over the last 30 and 90 days
 * @param lateCancellationRate        late cancellations over the last 30 and 90 days
 * @param depositConversion           card deposit holds paid against lapsed, over the last 30 and 90 days
 * @param weekStart                   the Monday of the week the booked minutes cover
 * @param bookedMinutesByPractitioner practitioner id to booked treatment minutes this week
 * @param bookedMinutesByResource     room or device id to booked treatment minutes this week
 * @param utilisationByPractitioner   practitioner id to this week's booked minutes out of working minutes
 * @param utilisationByResource       room or device id to this week's booked minutes out of the minutes someone works
 *                                    at its location
 * @param weeks                       the last eight weeks, oldest first: kept bookings and (with payments) net revenue
 * @param revenue                     the money figures; null for callers not allowed to see payments
 * @param activeStudents              distinct learners studying now; null (absent) without courses or COURSES_VIEW
 * @param completionRate              completed out of ended enrolments; null (absent) like activeStudents
 */
public record DashboardResponse(String asOf, String zone, Map<String, Long> today,
                                Map<String, RateJson> noShowRate, Map<String, RateJson> lateCancellationRate,
                                Map<String, RateJson> depositConversion, String weekStart,
                                Map<String, Long> bookedMinutesByPractitioner,
                                Map<String, Long> bookedMinutesByResource,
                                Map<String, RateJson> utilisationByPractitioner,
                                Map<String, RateJson> utilisationByResource, List<WeekJson> weeks,
                                RevenueJson revenue,
                                Long activeStudents, RateJson completionRate) {

    static DashboardResponse from(OwnerDashboard d) {
        Map<String, Long> today = new LinkedHashMap<>();
        for (AppointmentStatus status : AppointmentStatus.values()) {
            today.put(status.name(), d.todayByStatus().getOrDefault(status, 0L));
        }
        Map<String, Long> practitioners = new TreeMap<>();
        d.bookedMinutesByPractitioner().forEach((id, minutes) -> practitioners.put(id.toString(), minutes));
        Map<String, Long> resources = new TreeMap<>();
        d.bookedMinutesByResource().forEach((id, minutes) -> resources.put(id.toString(), minutes));
        Map<String, RateJson> utilisation = new TreeMap<>();
        d.utilisationByPractitioner().forEach((id, rate) -> utilisation.put(id.toString(), RateJson.from(rate)));
        Map<String, RateJson> rooms = new TreeMap<>();
        d.utilisationByResource().forEach((id, rate) -> rooms.put(id.toString(), RateJson.from(rate)));
        return new DashboardResponse(d.asOf().toString(), d.zone().getId(), today,
                windows(d.noShowRate30(), d.noShowRate90()),
                windows(d.lateCancellationRate30(), d.lateCancellationRate90()),
                windows(d.depositConversion30(), d.depositConversion90()), d.weekStart().toString(),
                practitioners, resources, utilisation, rooms, d.weeks().stream().map(WeekJson::from).toList(),
                d.money().map(RevenueJson::from).orElse(null),
                d.academy().map(OwnerDashboard.AcademyFigures::activeStudents).orElse(null),
                d.academy().map(a -> RateJson.from(a.completionRate())).orElse(null));
    }

    private static Map<String, RateJson> windows(Rate last30, Rate last90) {
        Map<String, RateJson> rates = new LinkedHashMap<>();
        rates.put("last30Days", RateJson.from(last30));
        rates.put("last90Days", RateJson.from(last90));
        return rates;
    }

    /**
     * One week of the bookings-and-revenue chart.
     *
     * @param weekStart its Monday (yyyy-MM-dd)
     * @param bookings  kept bookings starting in it
     * @param netMinor  takings less refunds recorded in it, in minor units; null for callers not allowed to see payments
     */
    public record WeekJson(String weekStart, long bookings, Long netMinor) {

        static WeekJson from(OwnerDashboard.Week week) {
            return new WeekJson(week.weekStart().toString(), week.bookings(),
                    week.revenue().map(r -> r.net().minorUnits()).orElse(null));
        }
    }

    /**
     * A share as its counts.
     *
     * @param count   how many matched
     * @param outOf   how many could have matched
     * @param percent the share in percent to one decimal, null when {@code outOf} is 0
     */
    public record RateJson(long count, long outOf, Double percent) {

        static RateJson from(Rate rate) {
            return new RateJson(rate.count(), rate.outOf(),
                    rate.percent().isPresent() ? rate.percent().getAsDouble() : null);
        }
    }

    /**
     * The ledger figures, in minor units of {@code currency}.
     *
     * @param currency          ISO 4217 code
     * @param month             the current month (yyyy-MM)
     * @param thisMonth         this month's takings, refunds, forfeits and net
     * @param lastMonth         the previous month's
     * @param depositsHeldMinor refundable money on appointments that have not happened yet
     */
    public record RevenueJson(String currency, String month, MonthJson thisMonth, MonthJson lastMonth,
                              long depositsHeldMinor) {

        static RevenueJson from(OwnerDashboard.MoneyFigures money) {
            return new RevenueJson(money.depositsHeld().currency(), money.month().toString(),
                    MonthJson.from(money.thisMonth()), MonthJson.from(money.lastMonth()),
                    money.depositsHeld().minorUnits());
        }
    }

    /**
     * One month's money in minor units.
     *
     * @param takingsMinor  card deposits captured plus desk payments
     * @param refundsMinor  refunds sent (less failed ones)
     * @param forfeitsMinor deposits kept (less waived ones)
     * @param netMinor      takings less refunds
     */
    public record MonthJson(long takingsMinor, long refundsMinor, long forfeitsMinor, long netMinor) {

        static MonthJson from(Revenue revenue) {
            return new MonthJson(minor(revenue.takings()), minor(revenue.refunds()), minor(revenue.forfeits()),
                    minor(revenue.net()));
        }

        private static long minor(Money money) {
            return money.minorUnits();
        }
    }
}
