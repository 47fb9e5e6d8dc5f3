package com.laca.application.reporting.service;

import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.reporting.port.in.MoneyView;
import com.laca.application.reporting.port.in.MoneyViewQuery;
import com.laca.application.reporting.port.in.MoneyViewRequest;
import com.laca.application.reporting.port.out.MoneyMovementRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.clinic.Location;
import com.laca.domain.identity.Permission;
import com.laca.domain.reporting.MoneyFigures;
import com.laca.domain.reporting.MoneyMovement;
import com.laca.domain.tenancy.Tenant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts the requested dates into days or months on the location's clock, reads the ledger entries once and lets the
 * domain add each line up, so a day's line and the month's total come from the same entries.
 */
public final class MoneyViewService implements MoneyViewQuery {

    /** The longest range of daily lines one request may ask for. */
    public static final int MAX_DAYS = 93;
    /** The longest range of monthly lines one request may ask for. */
    public static final int MAX_MONTHS = 24;

    private final TransactionRunner tx;
    private final TenantRepository tenants;
    private final LocationRepository locations;
    private final MoneyMovementRepository movements;

    public MoneyViewService(TransactionRunner tx, TenantRepository tenants, LocationRepository locations,
                            MoneyMovementRepository movements) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.locations = Objects.requireNonNull(locations, "locations");
        this.movements = Objects.requireNonNull(movements, "movements");
    }

    @Override
    public MoneyView money(Caller caller, MoneyViewRequest request) {
        caller.require(Permission.REPORTS_MONEY);
        requireValid(request);
        return tx.inTenant(caller.tenantId(), () -> {
            Tenant tenant = tenants.findById(caller.tenantId()).orElseThrow();
            ZoneId zone = request.location().isPresent()
                    ? locations.find(request.location().get())
                    .orElseThrow(() -> new NotFoundException("location", request.location().get())).zone()
                    : tenant.zone();
            LocalDate end = request.to().plusDays(1);
            List<MoneyMovement> recorded = movements.movements(request.from().atStartOfDay(zone).toInstant(),
                    end.atStartOfDay(zone).toInstant(), request.location());
            List<MoneyView.Line> lines = new ArrayList<>();
            for (LocalDate first = request.from(); first.isBefore(end); ) {
                LocalDate next = request.by() == MoneyViewRequest.Granularity.DAY ? first.plusDays(1)
                        : min(first.with(TemporalAdjusters.firstDayOfNextMonth()), end);
                lines.add(new MoneyView.Line(first, next.minusDays(1), MoneyFigures.of(recorded,
                        first.atStartOfDay(zone).toInstant(), next.atStartOfDay(zone).toInstant(),
                        tenant.currency())));
                first = next;
            }
            MoneyFigures total = MoneyFigures.of(recorded, request.from().atStartOfDay(zone).toInstant(),
                    end.atStartOfDay(zone).toInstant(), tenant.currency());
            return new MoneyView(zone, tenant.currency(), lines, total);
        });
    }

    /** A reversed range, or one too long for its lines, is refused naming {@code to}. */
    private static void requireValid(MoneyViewRequest request) {
        if (request.to().isBefore(request.from())) {
            throw new InvalidInputException("to", "must not be before from");
        }
        boolean daily = request.by() == MoneyViewRequest.Granularity.DAY;
        long span = daily ? ChronoUnit.DAYS.between(request.from(), request.to()) + 1
                : ChronoUnit.MONTHS.between(request.from().withDayOfMonth(1), request.to().withDayOfMonth(1)) + 1;
        if (span > (daily ? MAX_DAYS : MAX_MONTHS)) {
            throw new InvalidInputException("to", daily ? "must be at most " + MAX_DAYS + " days after from"
                    : "must be at most " + MAX_MONTHS + " months after from");
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
