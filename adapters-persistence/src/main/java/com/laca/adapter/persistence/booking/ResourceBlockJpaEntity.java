package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.scheduling.ResourceBlock;
import com.laca.domain.scheduling.Scheduled;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.ResourceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code resource_blocks}, with the resource's location so a location's blocks load in one query. */
@Entity
@Table(name = "resource_blocks")
class ResourceBlockJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "resource_id")
    private String resourceId;
    @Column(name = "location_id")
    private String locationId;
    @Column(name = "starts_at")
    private OffsetDateTime startsAt;
    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    protected ResourceBlockJpaEntity() {
    }

    ResourceBlockJpaEntity(Scheduled<ResourceBlock> block, LocationId location) {
        id = block.id().toString();
        resourceId = block.entry().resource().toString();
        locationId = location.toString();
        startsAt = Columns.timestamp(block.entry().period().start());
        endsAt = Columns.timestamp(block.entry().period().end());
    }

    Scheduled<ResourceBlock> toDomain() {
        return new Scheduled<>(UUID.fromString(id), new ResourceBlock(ResourceId.parse(resourceId),
                new TimeRange(Columns.instant(startsAt), Columns.instant(endsAt))));
    }
}
