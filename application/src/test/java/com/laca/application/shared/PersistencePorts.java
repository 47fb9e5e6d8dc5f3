package com.laca.application.shared;

import com.laca.application.booking.port.out.AppointmentRepository;
import com.laca.application.booking.port.out.BookingLimitLock;
import com.laca.application.booking.port.out.BookingPolicyRepository;
import com.laca.application.booking.port.out.ClientRepository;
import com.laca.application.booking.port.out.ScheduleRepository;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.identity.port.out.LoginThrottleRepository;
import com.laca.application.identity.port.out.OneTimeTokenRepository;
import com.laca.application.identity.port.out.RefreshTokenRepository;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.payment.port.out.ConnectedAccountRepository;
import com.laca.application.payment.port.out.PaymentIntentRepository;
import com.laca.application.payment.port.out.PaymentLedgerRepository;
import com.laca.application.tenancy.port.out.BrandingRepository;
import com.laca.application.tenancy.port.out.TenantRepository;

/**
 * One adapter's transaction runner and repositories, all sharing its store, so a contract test can set up what a
 * record refers to (its tenant, its location) through the same adapter it checks.
 */
public interface PersistencePorts {

    TransactionRunner tx();

    TenantRepository tenants();

    StaffAccountRepository staffAccounts();

    RefreshTokenRepository refreshTokens();

    OneTimeTokenRepository oneTimeTokens();

    LoginThrottleRepository loginThrottles();

    LocationRepository locations();

    PractitionerRepository practitioners();

    ResourceRepository resources();

    TreatmentRepository treatments();

    AppointmentRepository appointments();

    ClientRepository clients();

    ScheduleRepository schedules();

    BookingPolicyRepository bookingPolicies();

    ReferenceDataVersion referenceDataVersion();

    BookingLimitLock bookingLimitLock();

    /** The payment ledgers a booking's deposit is recorded in. */
    PaymentLedgerRepository paymentLedgers();

    PaymentIntentRepository paymentIntents();

    ConnectedAccountRepository connectedAccounts();

    /** Each clinic's public look (issue 15). */
    BrandingRepository brandings();
}
