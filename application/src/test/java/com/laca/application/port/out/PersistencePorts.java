package com.laca.application.port.out;

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
}
