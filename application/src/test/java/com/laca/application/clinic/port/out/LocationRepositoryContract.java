package com.laca.application.clinic.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.ConflictException;
import com.laca.domain.clinic.Address;
import com.laca.domain.clinic.JurisdictionCode;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Resource;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link LocationRepository} contract: the generic one, plus: a location still in use cannot be deleted. */
public abstract class LocationRepositoryContract extends ClinicRecordRepositoryContract<Location, LocationId> {

    @Override
    protected ClinicRecordRepository<Location, LocationId> repository() {
        return ports.locations();
    }

    @Override
    protected Location newRecord(String name) {
        return new Location(LocationId.random(), name, new Address("1 Milsom Street", "First floor", "Bath", "BA1 1DA",
                "GB"), ZoneId.of("Europe/London"), true, 0);
    }

    @Override
    protected Location changed(Location l) {
        Address dublin = new Address("2 Grafton Street", "Suite 4", "Dublin", "D02 XY45", "IE");
        return new Location(l.id(), l.name() + " (new)", dublin, ZoneId.of("Europe/Dublin"),
                JurisdictionCode.SCOTLAND, false, l.version());
    }

    @Override
    protected LocationId idOf(Location record) {
        return record.id();
    }

    @Override
    protected long versionOf(Location record) {
        return record.version();
    }

    @Override
    protected Location atVersion(Location l, long version) {
        return new Location(l.id(), l.name(), l.address(), l.zone(), l.jurisdiction(), l.active(), version);
    }

    @Test
    @DisplayName("each location keeps the jurisdiction it was stored with, and one changed reads back changed")
    void keepsJurisdiction() {
        for (JurisdictionCode where : JurisdictionCode.values()) {
            Location stored = new Location(LocationId.random(), where.displayName(), new Address("1 High Street", null,
                    "Town", "AB1 2CD", "GB"), ZoneId.of("Europe/London"), where, true, 0);
            doInA(() -> ports.locations().insert(stored));
            assertThat(inA(() -> ports.locations().find(stored.id())).orElseThrow().jurisdiction()).isEqualTo(where);
        }
        Location bath = inA(() -> storedLocation("Bath"));
        assertThat(bath.jurisdiction()).isEqualTo(JurisdictionCode.ENGLAND);
        Location moved = new Location(bath.id(), bath.name(), bath.address(), bath.zone(), JurisdictionCode.WALES,
                bath.active(), bath.version());
        doInA(() -> ports.locations().update(moved));
        assertThat(inA(() -> ports.locations().find(bath.id())).orElseThrow().jurisdiction())
                .isEqualTo(JurisdictionCode.WALES);
    }

    @Test
    @DisplayName("a location a room still belongs to cannot be deleted")
    void usedByResource() {
        Location location = inA(() -> storedLocation("Bath"));
        doInA(() -> ports.resources().insert(new Resource(ResourceId.random(), location.id(), "Room 1",
                new ResourceType("TREATMENT_ROOM"), true, 0)));

        assertThatThrownBy(() -> doInA(() -> ports.locations().delete(location.id(), 0)))
                .isInstanceOf(ConflictException.class);
        assertThat(inA(() -> ports.locations().find(location.id()))).contains(location);
    }

    @Test
    @DisplayName("a location a practitioner still works at cannot be deleted")
    void usedByPractitioner() {
        Location location = inA(() -> storedLocation("Bath"));
        doInA(() -> ports.practitioners().insert(new Practitioner(PractitionerId.random(), "Dr Ana",
                Set.of(Qualification.DOCTOR), Set.of(location.id()), true, 0)));

        assertThatThrownBy(() -> doInA(() -> ports.locations().delete(location.id(), 0)))
                .isInstanceOf(ConflictException.class);
        assertThat(inA(() -> ports.locations().find(location.id()))).contains(location);
    }
}
