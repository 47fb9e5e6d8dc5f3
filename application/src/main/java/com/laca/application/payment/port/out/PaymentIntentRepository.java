package com.laca.application.payment.port.out;

import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.TenantId;

import java.util.Optional;

/**
 * Remembers the card payment attempts of the current tenant's appointments, with the intent id unique, so a retried
 * booking can never attach a second intent and a webhook can find its appointment.
 */
public interface PaymentIntentRepository {

    /**
     * Stores a new intent, and its route (intent → tenant) for webhooks that arrive before a tenant is known.
     *
     * @throws com.laca.application.shared.ConflictException if the intent id is already stored
     */
    void add(PaymentIntentRecord intent);

    /** The intent in the current tenant. */
    Optional<PaymentIntentRecord> find(PaymentIntentId intent);

    /** The appointment's intent in the current tenant, if one was created. */
    Optional<PaymentIntentRecord> findByAppointment(AppointmentId appointment);

    /** Saves a changed status. */
    void update(PaymentIntentRecord intent);

    /**
     * Which tenant an intent belongs to; usable in platform work, because a webhook names only the intent.
     */
    Optional<TenantId> tenantOf(PaymentIntentId intent);
}
