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
import com.laca.adapter.inmemory.notification.InMemoryAppointmentDirectory;
import com.laca.adapter.inmemory.notification.InMemoryContactDirectory;
import com.laca.adapter.inmemory.notification.InMemoryMarketingConsents;
import com.laca.adapter.inmemory.notification.InMemoryMessageTemplateRepository;
import com.laca.adapter.inmemory.notification.InMemorySmsOptOutRepository;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.adapter.inmemory.notification.InMemoryNotificationSettingsRepository;
import com.laca.adapter.inmemory.notification.InMemoryOutboxRepository;
import com.laca.adapter.inmemory.payment.InMemoryConnectedAccountRepository;
import com.laca.adapter.inmemory.payment.InMemoryPaymentIntentRepository;
import com.laca.adapter.inmemory.payment.InMemoryPaymentLedgerRepository;
import com.laca.adapter.inmemory.payment.InMemoryPaymentPorts;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.tenancy.InMemoryBrandingRepository;
import com.laca.adapter.inmemory.tenancy.InMemoryTenantRepository;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.ContactPreferences;
import com.laca.domain.notification.MarketingConsent;
import java.util.List;
import java.util.Optional;

/**
 * A complete in-memory persistence adapter: one runner and every repository wired to it, payments included, so an
 * embedder (or a test) runs the use cases with no database in one line.
 */
public class InMemoryPersistence {

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
    private final InMemoryPaymentPorts payments = new InMemoryPaymentPorts(tx);
    private final InMemoryOutboxRepository outbox = new InMemoryOutboxRepository(tx);
    private final InMemoryNotificationSettingsRepository notificationSettings =
            new InMemoryNotificationSettingsRepository(tx);
    private final InMemorySmsOptOutRepository smsOptOuts = new InMemorySmsOptOutRepository();
    private final InMemoryMarketingConsents marketingConsents = new InMemoryMarketingConsents(tx,
            id -> !clients.findAll(List.of(id)).isEmpty());
    private final InMemoryContactDirectory contacts = new InMemoryContactDirectory(tx,
            id -> clients.findAll(List.of(id)).stream().findFirst().map(client -> {
                boolean stopped = smsOptOuts.isOptedOut(client.phone());
                MarketingConsent marketing = marketingConsents.of(id);
                return new ContactPreferences(client.email(), Optional.of(client.phone()), stopped,
                        stopped ? marketing.withdrawn(Channel.SMS) : marketing);
            }));
    private final InMemoryBrandingRepository brandings = new InMemoryBrandingRepository(tx);
    private final InMemoryMessageTemplateRepository messageTemplates = new InMemoryMessageTemplateRepository(tx);
    private final InMemoryAppointmentDirectory appointmentDirectory = new InMemoryAppointmentDirectory(tx,
            (id, now) -> appointments.find(id).map(stored -> stored.appointment())
                    .filter(found -> found.statusAt(now) == AppointmentStatus.CONFIRMED
                            || found.statusAt(now) == AppointmentStatus.HELD)
                    .map(found -> found.details().time().start()));

    public InMemoryTransactionRunner tx() {
        return tx;
    }

    public InMemoryTenantRepository tenants() {
        return tenants;
    }

    public InMemoryStaffAccountRepository staffAccounts() {
        return staffAccounts;
    }

    public InMemoryRefreshTokenRepository refreshTokens() {
        return refreshTokens;
    }

    public InMemoryOneTimeTokenRepository oneTimeTokens() {
        return oneTimeTokens;
    }

    public InMemoryLoginThrottleRepository loginThrottles() {
        return loginThrottles;
    }

    public InMemoryLocationRepository locations() {
        return locations;
    }

    public InMemoryPractitionerRepository practitioners() {
        return practitioners;
    }

    public InMemoryResourceRepository resources() {
        return resources;
    }

    public InMemoryTreatmentRepository treatments() {
        return treatments;
    }

    public InMemoryAppointmentRepository appointments() {
        return appointments;
    }

    public InMemoryClientRepository clients() {
        return clients;
    }

    public InMemoryScheduleRepository schedules() {
        return schedules;
    }

    public InMemoryBookingPolicyRepository bookingPolicies() {
        return bookingPolicies;
    }

    public InMemoryReferenceDataVersion referenceDataVersion() {
        return referenceDataVersion;
    }

    public InMemoryBookingLimitLock bookingLimitLock() {
        return bookingLimitLock;
    }

    /** The payment repositories, on the same runner, so a booking and its deposit commit together. */
    public InMemoryPaymentPorts payments() {
        return payments;
    }

    public InMemoryPaymentLedgerRepository paymentLedgers() {
        return payments.ledgers();
    }

    public InMemoryPaymentIntentRepository paymentIntents() {
        return payments.intents();
    }

    public InMemoryConnectedAccountRepository connectedAccounts() {
        return payments.accounts();
    }

    /** The outbox, on the same runner, so a message commits or rolls back with the change it reports. */
    public InMemoryOutboxRepository outbox() {
        return outbox;
    }

    public InMemoryNotificationSettingsRepository notificationSettings() {
        return notificationSettings;
    }

    /** Clients' marketing consent, kept beside the clients above. */
    public InMemoryMarketingConsents marketingConsents() {
        return marketingConsents;
    }

    /** Clients' contact preferences, read from the clients above. */
    /** The platform's STOP list. */
    public InMemorySmsOptOutRepository smsOptOuts() {
        return smsOptOuts;
    }

    /** The clinics' own message templates. */
    public InMemoryMessageTemplateRepository messageTemplates() {
        return messageTemplates;
    }

    /** Whether an appointment still goes ahead, as the dispatcher asks just before a reminder. */
    public InMemoryAppointmentDirectory appointmentDirectory() {
        return appointmentDirectory;
    }

    public InMemoryContactDirectory contacts() {
        return contacts;
    }

    /** Each clinic's public look and custom domain. */
    public InMemoryBrandingRepository brandings() {
        return brandings;
    }
}
