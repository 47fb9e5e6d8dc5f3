package com.laca.application.clinic.service;

import com.laca.application.clinic.port.in.PublicTeamQuery;
import com.laca.application.clinic.port.out.ClinicRecordRepository;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.tenancy.Tenant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/** Lists a clinic's open locations and active practitioners to anyone, names only being what the public sees. */
public final class PublicTeamService implements PublicTeamQuery {

    private final TransactionRunner tx;
    private final LocationRepository locations;
    private final PractitionerRepository practitioners;

    public PublicTeamService(TransactionRunner tx, LocationRepository locations, PractitionerRepository practitioners) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.locations = Objects.requireNonNull(locations, "locations");
        this.practitioners = Objects.requireNonNull(practitioners, "practitioners");
    }

    @Override
    public List<Location> activeLocations(Tenant tenant) {
        return tx.inTenant(tenant.id(), () -> all(locations, Location::active, Location::name));
    }

    @Override
    public List<Practitioner> activePractitioners(Tenant tenant) {
        return tx.inTenant(tenant.id(), () -> all(practitioners, Practitioner::active, Practitioner::displayName));
    }

    private static <T> List<T> all(ClinicRecordRepository<T, ?> repository, Predicate<T> active,
                                   Function<T, String> name) {
        List<T> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> next = repository.list(new PageRequest(page, PageRequest.MAX_SIZE));
            found.addAll(next.items());
            if (next.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return found.stream().filter(active).sorted(Comparator.comparing(name)).toList();
    }
}
