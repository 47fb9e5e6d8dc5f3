package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.StoredText;
import com.laca.domain.clinic.Resource;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.ResourceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of {@code resources}; its location is a composite foreign key, so it cannot name another tenant's site. */
@Entity
@Table(name = "resources")
class ResourceJpaEntity extends ClinicRecordJpaEntity<Resource> {

    @Column(name = "location_id")
    private String locationId;
    @Column(name = "name")
    private String name;
    @Column(name = "type_code")
    private String typeCode;
    @Column(name = "active")
    private boolean active;

    @Override
    Resource toDomain() {
        return new Resource(ResourceId.parse(id()), LocationId.parse(locationId),
                StoredText.of("resources", id()).line("name", name, Resource.NAME_MAX_LENGTH),
                new ResourceType(typeCode), active, version());
    }

    @Override
    void copyFrom(Resource resource) {
        locationId = resource.locationId().toString();
        name = resource.name();
        typeCode = resource.type().code();
        active = resource.active();
    }
}
