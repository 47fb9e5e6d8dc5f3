package com.laca.adapter.inmemory.booking;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.booking.port.out.ClientIdentityTakenException;
import com.laca.application.booking.port.out.ClientRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.booking.Client;
import com.laca.domain.booking.ClientIdentity;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** Keeps clients in memory, one per identity (e-mail, date of birth, surname) within a tenant, as the database does. */
public final class InMemoryClientRepository implements ClientRepository {

    private record Row(long stored, Client client) {
    }

    private final TenantTable<ClientId, Row> table;
    private final TenantTable<ClientId, List<ClientId>> flags;
    private final AtomicLong sequence = new AtomicLong();

    public InMemoryClientRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
        this.flags = new TenantTable<>(tx);
    }

    private Stream<Client> inStoredOrder() {
        return table.values().sorted(Comparator.comparingLong(Row::stored)).map(Row::client);
    }

    @Override
    public Optional<Client> findByIdentity(ClientIdentity identity) {
        return inStoredOrder().filter(client -> ClientIdentity.of(client).equals(identity)).findFirst();
    }

    @Override
    public Optional<Client> findByEmail(EmailAddress email) {
        return inStoredOrder().filter(client -> client.email().equals(email))
                .min(Comparator.comparing(client -> client.id().toString()));
    }

    @Override
    public List<Client> findSharingContact(EmailAddress email, PhoneNumber phone) {
        Comparator<Client> byId = Comparator.comparing(client -> client.id().toString());
        return Stream.concat(
                inStoredOrder().filter(client -> client.email().equals(email)).sorted(byId),
                inStoredOrder().filter(client -> !client.email().equals(email) && client.phone().equals(phone))
                        .sorted(byId).limit(SHARED_PHONE_LIMIT)).toList();
    }

    @Override
    public List<Client> findAll(Collection<ClientId> ids) {
        return inStoredOrder().filter(client -> ids.contains(client.id())).toList();
    }

    @Override
    public void insert(Client client) {
        if (table.find(client.id()).isPresent()) {
            throw new ConflictException("a client with this id already exists");
        }
        if (findByIdentity(ClientIdentity.of(client)).isPresent()) {
            throw new ClientIdentityTakenException();
        }
        table.put(client.id(), new Row(sequence.incrementAndGet(), client));
    }

    @Override
    public void flagPossibleDuplicates(ClientId client, Collection<ClientId> others, Instant at) {
        List<ClientId> flagged = new ArrayList<>(flags.find(client).orElse(List.of()));
        others.stream().filter(other -> !other.equals(client) && !flagged.contains(other)).forEach(flagged::add);
        flags.put(client, List.copyOf(flagged));
    }

    @Override
    public List<ClientId> possibleDuplicatesOf(ClientId client) {
        return flags.find(client).orElse(List.of());
    }
}
