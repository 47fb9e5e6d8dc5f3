package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.records.LegalHold;
import com.laca.domain.records.LegalHoldId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A row of {@code client_legal_holds}: a hold on a client's record, placed and later released, never deleted. */
@Entity
@Table(name = "client_legal_holds")
class LegalHoldJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "reason")
    private String reason;
    @Column(name = "placed_by")
    private String placedBy;
    @Column(name = "placed_at")
    private OffsetDateTime placedAt;
    @Column(name = "released_by")
    private String releasedBy;
    @Column(name = "released_at")
    private OffsetDateTime releasedAt;

    protected LegalHoldJpaEntity() {
    }

    LegalHoldJpaEntity(ClientId client, LegalHold hold) {
        id = hold.id().toString();
        clientId = client.toString();
        reason = hold.reason();
        placedBy = hold.placedBy().toString();
        placedAt = Columns.timestamp(hold.placedAt());
        hold.released().ifPresent(this::release);
    }

    void release(LegalHold.Release release) {
        releasedBy = release.by().toString();
        releasedAt = Columns.timestamp(release.at());
    }

    LegalHold toDomain() {
        return new LegalHold(LegalHoldId.parse(id), reason, UserId.parse(placedBy), Columns.instant(placedAt),
                Optional.ofNullable(releasedAt).map(at -> new LegalHold.Release(UserId.parse(releasedBy),
                        Columns.instant(at))));
    }
}
