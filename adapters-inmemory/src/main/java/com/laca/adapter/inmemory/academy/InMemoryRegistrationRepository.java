package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.academy.port.out.RegistrationRepository;
import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.shared.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps the tenant's professional registrations in memory, one per person and register. */
public final class InMemoryRegistrationRepository implements RegistrationRepository {

    private record Key(UserId person, RegulatoryBody body) {
    }

    private record Row(UserId person, ProfessionalRegistration registration) {
    }

    private final TenantTable<Key, Row> table;

    public InMemoryRegistrationRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public void save(UserId person, ProfessionalRegistration registration) {
        table.put(new Key(person, registration.body()), new Row(person, registration));
    }

    @Override
    public Optional<ProfessionalRegistration> find(UserId person, RegulatoryBody body) {
        return table.find(new Key(person, body)).map(Row::registration);
    }

    @Override
    public List<ProfessionalRegistration> listFor(UserId person) {
        return table.values().filter(row -> row.person().equals(person)).map(Row::registration)
                .sorted(Comparator.comparing(ProfessionalRegistration::body)).toList();
    }
}
