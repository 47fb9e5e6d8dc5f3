package com.laca.adapter.inmemory.notification;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.notification.port.out.ContactDirectory;
import com.laca.domain.notification.ContactPreferences;
import com.laca.domain.shared.ClientId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads clients' contact preferences from whatever in-memory store keeps the clients (given as a look-up, since the
 * notification area does not know the booking area's repositories), inside the running transaction.
 */
public final class InMemoryContactDirectory implements ContactDirectory {

    private final InMemoryTransactionRunner tx;
    private final Function<ClientId, Optional<ContactPreferences>> lookup;

    public InMemoryContactDirectory(InMemoryTransactionRunner tx,
                                    Function<ClientId, Optional<ContactPreferences>> lookup) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    @Override
    public Optional<ContactPreferences> client(ClientId client) {
        tx.tenant();
        return lookup.apply(client);
    }
}
