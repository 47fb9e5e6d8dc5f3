package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.StoredText;
import com.laca.domain.clinic.Address;
import com.laca.domain.clinic.JurisdictionCode;
import com.laca.domain.clinic.Location;
import com.laca.domain.shared.LocationId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.ZoneId;

/** A row of {@code locations}. */
@Entity
@Table(name = "locations")
class LocationJpaEntity extends ClinicRecordJpaEntity<Location> {

    @Column(name = "name")
    private String name;
    @Column(name = "line1")
    private String line1;
    @Column(name = "line2")
    private String line2;
    @Column(name = "city")
    private String city;
    @Column(name = "postcode")
    private String postcode;
    @Column(name = "country")
    private String country;
    @Column(name = "zone")
    private String zone;
    @Column(name = "jurisdiction")
    private String jurisdiction;
    @Column(name = "active")
    private boolean active;

    @Override
    Location toDomain() {
        StoredText text = StoredText.of("locations", id());
        Address address = new Address(text.line("line1", line1, Address.LINE_MAX_LENGTH),
                text.optionalLine("line2", line2, Address.LINE_MAX_LENGTH),
                text.line("city", city, Address.CITY_MAX_LENGTH),
                text.line("postcode", postcode, Address.POSTCODE_MAX_LENGTH), country);
        return new Location(LocationId.parse(id()), text.line("name", name, Location.NAME_MAX_LENGTH), address,
                ZoneId.of(zone), JurisdictionCode.ofCode(jurisdiction).orElseThrow(() -> new IllegalStateException(
                        "locations " + id() + " has an unknown jurisdiction")), active, version());
    }

    @Override
    void copyFrom(Location location) {
        name = location.name();
        line1 = location.address().line1();
        line2 = location.address().line2();
        city = location.address().city();
        postcode = location.address().postcode();
        country = location.address().country();
        zone = location.zone().getId();
        jurisdiction = location.jurisdiction().code();
        active = location.active();
    }
}
