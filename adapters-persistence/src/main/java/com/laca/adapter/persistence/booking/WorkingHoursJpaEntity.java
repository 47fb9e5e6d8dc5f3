package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.scheduling.DateRange;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of {@code working_hours}: one weekly rule, its windows as text ({@code 09:00-12:00,13:00-17:00}) and its
 * validity with {@code null} for "since always" and "until further notice", which no date column can hold.
 */
@Entity
@Table(name = "working_hours")
class WorkingHoursJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "practitioner_id")
    private String practitionerId;
    @Column(name = "location_id")
    private String locationId;
    @Column(name = "day_of_week")
    private String dayOfWeek;
    @Column(name = "windows")
    private String windows;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected WorkingHoursJpaEntity() {
    }

    WorkingHoursJpaEntity(WorkingHours rule) {
        id = UUID.randomUUID().toString();
        practitionerId = rule.practitioner().toString();
        locationId = rule.location().toString();
        dayOfWeek = rule.day().name();
        windows = Columns.windows(rule.windows());
        validFrom = rule.validity().first().equals(LocalDate.MIN) ? null : rule.validity().first();
        validUntil = rule.validity().last().equals(LocalDate.MAX) ? null : rule.validity().last();
    }

    WorkingHours toDomain() {
        return new WorkingHours(PractitionerId.parse(practitionerId), LocationId.parse(locationId),
                DayOfWeek.valueOf(dayOfWeek), Columns.windows(windows),
                new DateRange(validFrom == null ? LocalDate.MIN : validFrom,
                        validUntil == null ? LocalDate.MAX : validUntil));
    }
}
