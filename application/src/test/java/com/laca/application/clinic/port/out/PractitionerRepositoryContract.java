package com.laca.application.clinic.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.ConflictException;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link PractitionerRepository} contract: the generic one, plus: locations must be the tenant's own. */
public abstract class PractitionerRepositoryContract
        extends ClinicRecordRepositoryContract<Practitioner, PractitionerId> {

    @Override
    protected ClinicRecordRepository<Practitioner, PractitionerId> repository() {
        return ports.practitioners();
    }

    @Override
    protected Practitioner newRecord(String name) {
        Set<LocationId> at = Set.of(storedLocation("Bath").id(), storedLocation("Bristol").id());
        return new Practitioner(PractitionerId.random(), name, Set.of(Qualification.PRESCRIBER, Qualification.NURSE),
                at, true, 0);
    }

    /**
     * Keeps one location (if the running tenant has it), drops another and adds a new one, so the stored set must
     * really be replaced.
     */
    @Override
    protected Practitioner changed(Practitioner p) {
        LocationId kept = p.locationIds().stream().filter(id -> ports.locations().find(id).isPresent())
                .min(Comparator.comparing(LocationId::toString)).orElseGet(() -> storedLocation("Kept").id());
        Set<LocationId> at = Stream.of(kept, storedLocation("Cardiff").id()).collect(Collectors.toSet());
        return new Practitioner(p.id(), p.displayName() + " (new)", Set.of(Qualification.AESTHETICIAN), at, false,
                p.version());
    }

    @Override
    protected PractitionerId idOf(Practitioner record) {
        return record.id();
    }

    @Override
    protected long versionOf(Practitioner record) {
        return record.version();
    }

    @Override
    protected Practitioner atVersion(Practitioner p, long version) {
        return new Practitioner(p.id(), p.displayName(), p.qualifications(), p.locationIds(), p.active(), version);
    }

    @Test
    @DisplayName("a practitioner with no locations yet reads back with none")
    void noLocations() {
        Practitioner practitioner = new Practitioner(PractitionerId.random(), "Nurse Bea", Set.of(Qualification.NURSE),
                Set.of(), true, 0);
        doInA(() -> ports.practitioners().insert(practitioner));

        assertThat(inA(() -> ports.practitioners().find(practitioner.id()))).contains(practitioner);
    }

    @Test
    @DisplayName("a practitioner cannot be placed at another tenant's location")
    void foreignLocation() {
        Location inA = inA(() -> storedLocation("Bath"));
        Practitioner practitioner = new Practitioner(PractitionerId.random(), "Dr Ana", Set.of(Qualification.DOCTOR),
                Set.of(inA.id()), true, 0);

        assertThatThrownBy(() -> doInB(() -> ports.practitioners().insert(practitioner)))
                .isInstanceOf(ConflictException.class);
        assertThat(inB(() -> ports.practitioners().find(practitioner.id()))).isEmpty();
    }
}
