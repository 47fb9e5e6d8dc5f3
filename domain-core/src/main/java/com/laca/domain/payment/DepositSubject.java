package com.laca.domain.payment;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.TenantId;

import java.util.Objects;

/**
 * The tenant and appointment a payment says it is for (from the metadata we attached), used to cross-check the
 * appointment found by payment intent id.
 */
public record DepositSubject(TenantId tenant, AppointmentId appointment) {

    public DepositSubject {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(appointment, "appointment");
    }
}
