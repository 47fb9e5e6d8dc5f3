package com.laca.adapter.inmemory.notification;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.notification.port.out.MarketingOptOuts;
import com.laca.domain.notification.Channel;
import com.laca.domain.notification.MarketingConsent;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Clients' marketing consent in memory, per tenant: given by tests and embedders, read by the contact directory and
 * withdrawn by an unsubscribe link, as the client record keeps it in the database.
 */
public final class InMemoryMarketingConsents implements MarketingOptOuts {

    private final InMemoryTransactionRunner tx;
    private final Predicate<ClientId> known;
    private final Map<TenantId, Map<ClientId, Instant>> given = new ConcurrentHashMap<>();

    /** @param known whether the running tenant has the client */
    public InMemoryMarketingConsents(InMemoryTransactionRunner tx, Predicate<ClientId> known) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.known = Objects.requireNonNull(known, "known");
    }

    /** Records that the client agreed to marketing at {@code at}, in the tenant's transaction (tests, embedders). */
    public void give(ClientId client, Instant at) {
        given.computeIfAbsent(tx.tenant(), tenant -> new ConcurrentHashMap<>()).put(client, at);
    }

    /** The client's consent in the running tenant: e-mail and SMS from the moment given, or none. */
    public MarketingConsent of(ClientId client) {
        Instant at = given.getOrDefault(tx.tenant(), Map.of()).get(client);
        return at == null ? MarketingConsent.none() : MarketingConsent.given(Set.of(Channel.EMAIL, Channel.SMS), at);
    }

    @Override
    public boolean withdrawMarketing(ClientId client) {
        if (!known.test(client)) {
            return false;
        }
        given.getOrDefault(tx.tenant(), new ConcurrentHashMap<>()).remove(client);
        return true;
    }
}
