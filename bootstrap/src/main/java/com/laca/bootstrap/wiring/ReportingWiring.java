package com.laca.bootstrap.wiring;

import com.laca.adapter.persistence.academy.JpaCourseRepository;
import com.laca.adapter.persistence.academy.JpaEnrolmentRepository;
import com.laca.adapter.persistence.booking.JpaAppointmentRepository;
import com.laca.adapter.persistence.booking.JpaScheduleRepository;
import com.laca.adapter.persistence.clinic.JpaPractitionerRepository;
import com.laca.adapter.persistence.clinic.JpaResourceRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.application.reporting.port.in.OwnerDashboardQuery;
import com.laca.application.reporting.service.OwnerDashboardService;
import com.laca.application.reporting.port.in.MoneyViewQuery;
import com.laca.application.reporting.service.MoneyViewService;
import com.laca.adapter.persistence.reporting.JpaMoneyMovementRepository;
import com.laca.adapter.persistence.clinic.JpaLocationRepository;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The reporting area: the owner's dashboard, reading the appointments over JPA and the ledgers through the payment
 * area's repository.
 */
@ApplicationScoped
public class ReportingWiring {

    private OwnerDashboardService dashboard;
    private MoneyViewService money;

    ReportingWiring() {
        // for the CDI proxy
    }

    @Inject
    ReportingWiring(CurrentEntityManager current, TransactionRunner tx, TenantRepository tenants,
                    PaymentLedgerRepository ledgers, Clock clock) {
        dashboard = new OwnerDashboardService(tx, tenants, new JpaAppointmentRepository(current), ledgers,
                new JpaPractitionerRepository(current), new JpaScheduleRepository(current),
                new JpaResourceRepository(current), new JpaCourseRepository(current),
                new JpaEnrolmentRepository(current), clock);
        money = new MoneyViewService(tx, tenants, new JpaLocationRepository(current),
                new JpaMoneyMovementRepository(current));
    }

    @Produces
    MoneyViewQuery moneyView() {
        return money;
    }

    @Produces
    OwnerDashboardQuery ownerDashboard() {
        return dashboard;
    }
}
