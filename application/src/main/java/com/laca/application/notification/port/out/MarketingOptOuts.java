package com.laca.application.notification.port.out;

import com.laca.domain.shared.ClientId;

/**
 * Withdraws a client's marketing consent in the running tenant transaction, where the client's record keeps it, so
 * an unsubscribe link ends marketing by every channel until the client agrees again at the clinic.
 */
public interface MarketingOptOuts {

    /** Withdraws the consent, if any; false when the tenant has no such client. */
    boolean withdrawMarketing(ClientId client);
}
