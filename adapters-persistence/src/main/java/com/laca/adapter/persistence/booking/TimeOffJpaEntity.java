package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.scheduling.Scheduled;
import com.laca.domain.scheduling.TimeOff;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.PractitionerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code time_off}: a practitioner's absence as real time. */
@Entity
@Table(name = "time_off")
class TimeOffJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "practitioner_id")
    private String practitionerId;
    @Column(name = "starts_at")
    private OffsetDateTime startsAt;
    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    protected TimeOffJpaEntity() {
    }

    TimeOffJpaEntity(Scheduled<TimeOff> timeOff) {
        id = timeOff.id().toString();
        practitionerId = timeOff.entry().practitioner().toString();
        startsAt = Columns.timestamp(timeOff.entry().period().start());
        endsAt = Columns.timestamp(timeOff.entry().period().end());
    }

    Scheduled<TimeOff> toDomain() {
        return new Scheduled<>(UUID.fromString(id), new TimeOff(PractitionerId.parse(practitionerId),
                new TimeRange(Columns.instant(startsAt), Columns.instant(endsAt))));
    }
}
