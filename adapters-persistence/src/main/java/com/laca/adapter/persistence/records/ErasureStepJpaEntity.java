package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.records.ErasureRequest;
import com.laca.domain.records.ErasureStep;
import com.laca.domain.records.KeptBecause;
import com.laca.domain.records.RecordPart;
import com.laca.domain.records.RetentionBasis;
import com.laca.domain.records.RetentionPeriod;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A row of {@code client_erasure_steps}: one part of an erasure request's plan, and when it was carried out. */
@Entity
@Table(name = "client_erasure_steps")
class ErasureStepJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "request_id")
    private String requestId;
    @Column(name = "part")
    private String part;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "received_at")
    private OffsetDateTime receivedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "disposition")
    private String disposition;
    @Column(name = "purgeable_from")
    private LocalDate purgeableFrom;
    @Column(name = "basis")
    private String basis;
    @Column(name = "kept_because")
    private String keptBecause;
    @Column(name = "on_legal_hold")
    private boolean onLegalHold;
    @Column(name = "done_at")
    private OffsetDateTime doneAt;
    @Column(name = "done_by")
    private String doneBy;

    protected ErasureStepJpaEntity() {
    }

    ErasureStepJpaEntity(ErasureRequest request, ErasureStep step) {
        id = UUID.randomUUID().toString();
        requestId = request.id().toString();
        part = step.part().name();
        clientId = request.client().toString();
        receivedAt = Columns.timestamp(request.receivedAt());
        recordedBy = request.recordedBy().toString();
        disposition = step.disposition().name();
        purgeableFrom = step.retention().map(RetentionPeriod::purgeableFrom).orElse(null);
        basis = step.retention().map(period -> period.basis().name()).orElse(null);
        keptBecause = step.keptBecause().map(KeptBecause::name).orElse(null);
        onLegalHold = step.onLegalHold();
        doneAt = step.done().map(done -> Columns.timestamp(done.at())).orElse(null);
        doneBy = step.done().flatMap(ErasureStep.Completion::by).map(UserId::toString).orElse(null);
    }

    String requestId() {
        return requestId;
    }

    String clientId() {
        return clientId;
    }

    OffsetDateTime receivedAt() {
        return receivedAt;
    }

    String recordedBy() {
        return recordedBy;
    }

    ErasureStep toDomain() {
        Optional<RetentionPeriod> retention = Optional.ofNullable(purgeableFrom)
                .map(from -> new RetentionPeriod(from, RetentionBasis.valueOf(basis)));
        Optional<ErasureStep.Completion> done = Optional.ofNullable(doneAt).map(at -> new ErasureStep.Completion(
                Columns.instant(at), Optional.ofNullable(doneBy).map(UserId::parse)));
        return new ErasureStep(RecordPart.valueOf(part), ErasureStep.Disposition.valueOf(disposition), retention,
                Optional.ofNullable(keptBecause).map(KeptBecause::valueOf), onLegalHold, done);
    }
}
