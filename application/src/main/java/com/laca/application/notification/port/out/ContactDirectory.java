package com.laca.application.notification.port.out;

import com.laca.domain.notification.ContactPreferences;
import com.laca.domain.shared.ClientId;
import java.util.Optional;

/**
 * Where notifications read a client's current address, mobile and opt-outs in the running tenant transaction, so that
 * no calling area can pass stale contact details or bypass a STOP.
 */
public interface ContactDirectory {

    /** The client's contact preferences, or empty when the tenant has no such client. */
    Optional<ContactPreferences> client(ClientId client);
}
