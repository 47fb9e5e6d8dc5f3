package com.laca.application.payment.port.out;

import com.laca.domain.payment.IntentStatus;
import com.laca.domain.payment.IntentStatuses;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A card payment attempt as we remember it, so that a webhook naming only the processor's intent id can be matched
 * to its appointment, and its status only ever moves forward.
 *
 * @param intent      the processor's id; unique across all tenants
 * @param appointment the appointment the deposit secures
 * @param amount      the deposit asked for
 * @param status      the furthest status we have heard of
 * @param updatedAt   when the status last changed
 */
public record PaymentIntentRecord(
        PaymentIntentId intent, AppointmentId appointment, Money amount, IntentStatus status, Instant updatedAt) {

    public PaymentIntentRecord {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** This record at a later status, or unchanged if the status would move backwards (a late, older event). */
    public PaymentIntentRecord advancedTo(IntentStatus next, Instant at) {
        return IntentStatuses.isForward(status, next) ? new PaymentIntentRecord(intent, appointment, amount, next, at)
                : this;
    }
}
