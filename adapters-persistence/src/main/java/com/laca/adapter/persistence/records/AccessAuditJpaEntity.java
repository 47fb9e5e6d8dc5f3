package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AccessedRecord;
import com.laca.domain.records.AuditEntryId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A row of {@code access_audit}: who read which clinical record of which client, when and why. */
@Entity
@Table(name = "access_audit")
class AccessAuditJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "actor_id")
    private String actorId;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "accessed")
    private String accessed;
    @Column(name = "record_id")
    private String recordId;
    @Column(name = "reason")
    private String reason;
    @Column(name = "accessed_at")
    private OffsetDateTime accessedAt;

    protected AccessAuditJpaEntity() {
    }

    AccessAuditJpaEntity(AccessAuditEntry entry) {
        id = entry.id().toString();
        actorId = entry.actor().toString();
        clientId = entry.client().toString();
        accessed = entry.accessed().name();
        recordId = entry.recordId().map(UUID::toString).orElse(null);
        reason = entry.reason().name();
        accessedAt = Columns.timestamp(entry.at());
    }

    AccessAuditEntry toDomain() {
        return new AccessAuditEntry(AuditEntryId.parse(id), UserId.parse(actorId), ClientId.parse(clientId),
                AccessedRecord.valueOf(accessed), Optional.ofNullable(recordId).map(UUID::fromString),
                AccessReason.valueOf(reason), Columns.instant(accessedAt));
    }
}
