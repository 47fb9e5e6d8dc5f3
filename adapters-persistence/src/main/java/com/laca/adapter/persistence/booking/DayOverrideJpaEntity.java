package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.scheduling.DayOverride;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of {@code day_overrides}, unique per practitioner, location and date; no windows (empty text) means closed.
 */
@Entity
@Table(name = "day_overrides")
class DayOverrideJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "practitioner_id")
    private String practitionerId;
    @Column(name = "location_id")
    private String locationId;
    @Column(name = "override_date")
    private LocalDate date;
    @Column(name = "windows")
    private String windows;

    protected DayOverrideJpaEntity() {
    }

    DayOverrideJpaEntity(DayOverride override) {
        id = UUID.randomUUID().toString();
        practitionerId = override.practitioner().toString();
        locationId = override.location().toString();
        date = override.date();
        replaceWindows(override);
    }

    void replaceWindows(DayOverride override) {
        windows = Columns.windows(override.windows());
    }

    DayOverride toDomain() {
        return new DayOverride(PractitionerId.parse(practitionerId), LocationId.parse(locationId), date,
                Columns.windows(windows));
    }
}
