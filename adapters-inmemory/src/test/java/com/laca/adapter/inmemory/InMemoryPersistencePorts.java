package com.laca.adapter.inmemory;

import com.laca.adapter.inmemory.booking.InMemoryAppointmentRepository;
import com.laca.adapter.inmemory.booking.InMemoryBookingLimitLock;
import com.laca.adapter.inmemory.booking.InMemoryBookingPolicyRepository;
import com.laca.adapter.inmemory.booking.InMemoryClientRepository;
import com.laca.adapter.inmemory.booking.InMemoryScheduleRepository;
import com.laca.adapter.inmemory.clinic.InMemoryLocationRepository;
import com.laca.adapter.inmemory.clinic.InMemoryPractitionerRepository;
import com.laca.adapter.inmemory.clinic.InMemoryReferenceDataVersion;
import com.laca.adapter.inmemory.clinic.InMemoryResourceRepository;
import com.laca.adapter.inmemory.clinic.InMemoryTreatmentRepository;
import com.laca.adapter.inmemory.identity.InMemoryLoginThrottleRepository;
import com.laca.adapter.inmemory.identity.InMemoryOneTimeTokenRepository;
import com.laca.adapter.inmemory.identity.InMemoryRefreshTokenRepository;
import com.laca.adapter.inmemory.identity.InMemoryStaffAccountRepository;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.tenancy.InMemoryTenantRepository;
import com.laca.application.shared.PersistencePorts;

/** A complete in-memory persistence adapter: one runner and every repository wired to it. */
public final class InMemoryPersistencePorts implements PersistencePorts {

    private final InMemoryTransactionRunner tx = new InMemoryTransactionRunner();
    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository(tx);
    private final InMemoryStaffAccountRepository staffAccounts = new InMemoryStaffAccountRepository(tx);
    private final InMemoryRefreshTokenRepository refreshTokens = new InMemoryRefreshTokenRepository(tx, staffAccounts);
    private final InMemoryOneTimeTokenRepository oneTimeTokens = new InMemoryOneTimeTokenRepository(tx, staffAccounts);
    private final InMemoryLoginThrottleRepository loginThrottles = new InMemoryLoginThrottleRepository(tx);
    private final InMemoryLocationRepository locations = new InMemoryLocationRepository(tx);
    private final InMemoryPractitionerRepository practitioners = new InMemoryPractitionerRepository(tx, locations);
    private final InMemoryResourceRepository resources = new InMemoryResourceRepository(tx, locations);
    private final InMemoryTreatmentRepository treatments = new InMemoryTreatmentRepository(tx);
    private final InMemoryAppointmentRepository appointments =
            new InMemoryAppointmentRepository(tx, locations, practitioners);
    private final InMemoryClientRepository clients = new InMemoryClientRepository(tx);
    private final InMemoryScheduleRepository schedules = new InMemoryScheduleRepository(tx);
    private final InMemoryBookingPolicyRepository bookingPolicies = new InMemoryBookingPolicyRepository(tx);
    private final InMemoryReferenceDataVersion referenceDataVersion = new InMemoryReferenceDataVersion(tx);
    private final InMemoryBookingLimitLock bookingLimitLock = new InMemoryBookingLimitLock();

    @Override
    public InMemoryTransactionRunner tx() {
        return tx;
    }

    @Override
    public InMemoryTenantRepository tenants() {
        return tenants;
    }

    @Override
    public InMemoryStaffAccountRepository staffAccounts() {
        return staffAccounts;
    }

    @Override
    public InMemoryRefreshTokenRepository refreshTokens() {
        return refreshTokens;
    }

    @Override
    public InMemoryOneTimeTokenRepository oneTimeTokens() {
        return oneTimeTokens;
    }

    @Override
    public InMemoryLoginThrottleRepository loginThrottles() {
        return loginThrottles;
    }

    @Override
    public InMemoryLocationRepository locations() {
        return locations;
    }

    @Override
    public InMemoryPractitionerRepository practitioners() {
        return practitioners;
    }

    @Override
    public InMemoryResourceRepository resources() {
        return resources;
    }

    @Override
    public InMemoryTreatmentRepository treatments() {
        return treatments;
    }

    @Override
    public InMemoryAppointmentRepository appointments() {
        return appointments;
    }

    @Override
    public InMemoryClientRepository clients() {
        return clients;
    }

    @Override
    public InMemoryScheduleRepository schedules() {
        return schedules;
    }

    @Override
    public InMemoryBookingPolicyRepository bookingPolicies() {
        return bookingPolicies;
    }

    @Override
    public InMemoryReferenceDataVersion referenceDataVersion() {
        return referenceDataVersion;
    }

    @Override
    public InMemoryBookingLimitLock bookingLimitLock() {
        return bookingLimitLock;
    }
}
