package com.laca.application.booking.service;

import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.application.payment.service.DepositSettlementService;
import com.laca.application.shared.PaymentGatewayUnavailableException;
import com.laca.domain.shared.TenantId;
import java.util.Objects;

/**
 * Settles the deposit of a committed cancellation or no-show as the cancellation policy decided; if the processor is
 * unreachable the refund stays reserved (pending) in the ledger under its fixed key, staff send it later, and the
 * cancellation itself stands.
 */
final class DepositSettling {

    private static final System.Logger LOG = System.getLogger(DepositSettling.class.getName());

    private final DepositSettlementService settlement;

    DepositSettling(DepositSettlementService settlement) {
        this.settlement = Objects.requireNonNull(settlement, "settlement");
    }

    /** The same outcome, once its deposit is settled. */
    TransitionOutcome settled(TenantId tenant, TransitionOutcome outcome) {
        if (outcome instanceof TransitionOutcome.Changed changed && changed.cancellation().isPresent()) {
            try {
                settlement.settle(tenant, changed.appointment().id(), changed.cancellation().get());
            } catch (PaymentGatewayUnavailableException e) {
                LOG.log(System.Logger.Level.WARNING, "deposit refund of appointment {0} is pending: the payment "
                        + "processor is unreachable; send it with POST /api/payments/appointments/{0}/pending-refunds",
                        changed.appointment().id());
            }
        }
        return outcome;
    }
}
