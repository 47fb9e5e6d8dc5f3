package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.StoredText;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A row of {@code practitioners}; the locations they work at are child rows of their own, because EclipseLink does not
 * put the tenant into element-collection tables and the composite foreign keys need it there.
 */
@Entity
@Table(name = "practitioners")
class PractitionerJpaEntity extends ClinicRecordJpaEntity<Practitioner> {

    @Column(name = "display_name")
    private String displayName;
    @Column(name = "qualifications")
    private String qualifications;
    @Column(name = "active")
    private boolean active;
    @OneToMany(mappedBy = "practitioner", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<PractitionerLocationJpaEntity> locations = new HashSet<>();

    @Override
    Practitioner toDomain() {
        return new Practitioner(PractitionerId.parse(id()),
                StoredText.of("practitioners", id()).line("display_name", displayName, Practitioner.NAME_MAX_LENGTH),
                Columns.codes(qualifications).stream().map(Qualification::valueOf).collect(Collectors.toSet()),
                locations.stream().map(l -> LocationId.parse(l.locationId())).collect(Collectors.toSet()),
                active, version());
    }

    /** Keeps the child rows that stay and adds only new ones, so no row is deleted and re-inserted in one flush. */
    @Override
    void copyFrom(Practitioner practitioner) {
        displayName = practitioner.displayName();
        qualifications = Columns.codes(practitioner.qualifications());
        active = practitioner.active();
        Set<String> wanted = practitioner.locationIds().stream().map(LocationId::toString).collect(Collectors.toSet());
        locations.removeIf(location -> !wanted.contains(location.locationId()));
        locations.stream().map(PractitionerLocationJpaEntity::locationId).toList().forEach(wanted::remove);
        wanted.forEach(locationId -> locations.add(new PractitionerLocationJpaEntity(this, locationId)));
    }
}
