package com.laca.application.payment.port.out;

import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.TenantId;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Derives idempotency keys from what a request is about rather than from randomness, so that a retried booking or
 * refund, even from another server or after a restart, reuses the key of the first attempt.
 */
public final class IdempotencyKeys {

    private static final Pattern CLIENT_KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private IdempotencyKeys() {
    }

    /** The one key for the deposit of an appointment: {@code deposit-<tenant>-<appointment>}. */
    public static IdempotencyKey depositIntent(TenantId tenant, AppointmentId appointment) {
        return new IdempotencyKey("deposit-" + tenant + "-" + appointment);
    }

    /**
     * The key of a refund staff asked for: {@code refund-<tenant>-<appointment>-<clientKey>}, where the client key is
     * the {@code Idempotency-Key} the staff member's browser sent with the request.
     *
     * @param clientKey 1 to 64 letters, digits, {@code -} or {@code _}
     */
    public static IdempotencyKey refund(TenantId tenant, AppointmentId appointment, String clientKey) {
        Objects.requireNonNull(clientKey, "clientKey");
        if (!CLIENT_KEY.matcher(clientKey).matches()) {
            throw new IllegalArgumentException("a client idempotency key is 1 to 64 letters, digits, '-' or '_'");
        }
        return new IdempotencyKey("refund-" + tenant + "-" + appointment + "-" + clientKey);
    }

    /**
     * The key of the refund the system makes on its own for a payment that cannot be kept (e.g. it arrived after
     * the hold expired and the slot was taken): {@code auto-refund-<tenant>-<appointment>-<intent>}.
     */
    public static IdempotencyKey automaticRefund(TenantId tenant, AppointmentId appointment, PaymentIntentId intent) {
        return new IdempotencyKey("auto-refund-" + tenant + "-" + appointment + "-" + intent);
    }
}
