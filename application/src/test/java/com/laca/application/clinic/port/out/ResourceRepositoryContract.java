package com.laca.application.clinic.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.ConflictException;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Resource;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.shared.ResourceId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link ResourceRepository} contract: the generic one, plus: a room's location must be the tenant's own. */
public abstract class ResourceRepositoryContract extends ClinicRecordRepositoryContract<Resource, ResourceId> {

    @Override
    protected ClinicRecordRepository<Resource, ResourceId> repository() {
        return ports.resources();
    }

    @Override
    protected Resource newRecord(String name) {
        return new Resource(ResourceId.random(), storedLocation("Bath").id(), name, new ResourceType("LASER"), true, 0);
    }

    @Override
    protected Resource changed(Resource r) {
        return new Resource(r.id(), storedLocation("Bristol").id(), r.name() + " (new)",
                new ResourceType("TREATMENT_ROOM"), false, r.version());
    }

    @Override
    protected ResourceId idOf(Resource record) {
        return record.id();
    }

    @Override
    protected long versionOf(Resource record) {
        return record.version();
    }

    @Override
    protected Resource atVersion(Resource r, long version) {
        return new Resource(r.id(), r.locationId(), r.name(), r.type(), r.active(), version);
    }

    @Test
    @DisplayName("a room cannot be placed at another tenant's location")
    void foreignLocation() {
        Location inA = inA(() -> storedLocation("Bath"));
        Resource resource = new Resource(ResourceId.random(), inA.id(), "Room 1", new ResourceType("TREATMENT_ROOM"),
                true, 0);

        assertThatThrownBy(() -> doInB(() -> ports.resources().insert(resource)))
                .isInstanceOf(ConflictException.class);
        assertThat(inB(() -> ports.resources().find(resource.id()))).isEmpty();
    }
}
