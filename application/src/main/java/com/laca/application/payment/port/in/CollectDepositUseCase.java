package com.laca.application.payment.port.in;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;

import java.time.Instant;
import java.util.Optional;

/**
 * Prepares the deposit of an appointment that was just committed, outside the booking transaction because it may
 * call the processor: a card intent for a held appointment, or a deposit due at the desk.
 */
public interface CollectDepositUseCase {

    /**
     * Prepares the deposit; calling it again for the same appointment returns the same intent.
     *
     * @param holdExpiresAt the hold of a HELD appointment; empty for a confirmed one
     * @throws DepositUnavailableException the processor could not prepare the payment; the hold has been released
     */
    DepositInstructions collect(TenantId tenant, AppointmentId appointment, Money deposit, Money price,
                                Optional<Instant> holdExpiresAt);
}
