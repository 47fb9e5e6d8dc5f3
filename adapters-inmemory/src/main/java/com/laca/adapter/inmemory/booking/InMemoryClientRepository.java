package com.laca.adapter.inmemory.booking;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.booking.port.out.ClientRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.booking.Client;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Keeps clients in memory, one per e-mail address within a tenant, as the database's unique key does. */
public final class InMemoryClientRepository implements ClientRepository {

    private final TenantTable<ClientId, Client> table;

    public InMemoryClientRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public Optional<Client> findByEmail(EmailAddress email) {
        return table.values().filter(client -> client.email().equals(email)).findFirst();
    }

    @Override
    public List<Client> findAll(Collection<ClientId> ids) {
        return table.values().filter(client -> ids.contains(client.id())).toList();
    }

    @Override
    public void insert(Client client) {
        if (table.find(client.id()).isPresent() || findByEmail(client.email()).isPresent()) {
            throw new ConflictException("a client with this e-mail address already exists");
        }
        table.put(client.id(), client);
    }
}
