package com.laca.application.payment.port.out;

import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;

/**
 * Tells the appointment's client that money moved on it (a deposit received, a refund issued), called inside the
 * transaction that records the money in the ledger, so a receipt is written exactly when the ledger entry is and a
 * rolled-back payment sends nothing; the booking area implements it because it knows the client and the appointment.
 */
public interface PaymentNotices {

    /** Tells nobody anything: for embedders and tests that run payments without notifications. */
    PaymentNotices NONE = new PaymentNotices() {
        @Override
        public void depositReceived(AppointmentId appointment, Money amount) {
            // nobody to tell
        }

        @Override
        public void refundIssued(AppointmentId appointment, Money amount) {
            // nobody to tell
        }
    };

    /** The client's deposit for {@code appointment} was received (paid by card or at the desk). */
    void depositReceived(AppointmentId appointment, Money amount);

    /** {@code amount} was refunded to the client for {@code appointment} (confirmed by the processor, or at the desk). */
    void refundIssued(AppointmentId appointment, Money amount);
}
