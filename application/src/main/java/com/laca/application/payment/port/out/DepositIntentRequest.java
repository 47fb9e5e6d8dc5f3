package com.laca.application.payment.port.out;

import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything a gateway needs to prepare a deposit for one appointment, so that the money goes straight to the
 * clinic's own account and the payment can later be matched to its tenant and appointment.
 *
 * @param tenant         the clinic's tenant, recorded with the payment
 * @param appointment    the appointment the deposit secures, recorded with the payment
 * @param account        the clinic's account at the processor
 * @param amount         a positive deposit
 * @param idempotencyKey normally {@link IdempotencyKeys#depositIntent}
 * @param platformFee    the platform's cut, overriding the gateway's configured default; at most the amount
 */
public record DepositIntentRequest(
        TenantId tenant,
        AppointmentId appointment,
        ConnectedAccountId account,
        Money amount,
        IdempotencyKey idempotencyKey,
        Optional<Money> platformFee) {

    public DepositIntentRequest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(platformFee, "platformFee");
        if (amount.minorUnits() <= 0) {
            throw new IllegalArgumentException("a deposit must be positive: " + amount);
        }
        if (platformFee.isPresent() && (platformFee.get().isNegative() || platformFee.get().isGreaterThan(amount))) {
            throw new IllegalArgumentException("the platform fee must be between zero and the deposit");
        }
    }

    /** The usual request: the deterministic deposit key and the gateway's default platform fee. */
    public static DepositIntentRequest of(
            TenantId tenant, AppointmentId appointment, ConnectedAccountId account, Money amount) {
        return new DepositIntentRequest(tenant, appointment, account, amount,
                IdempotencyKeys.depositIntent(tenant, appointment), Optional.empty());
    }
}
