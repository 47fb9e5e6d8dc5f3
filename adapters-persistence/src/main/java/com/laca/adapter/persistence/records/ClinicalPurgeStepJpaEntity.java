package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.records.ClinicalPurgeStep;
import com.laca.domain.records.LegalHoldId;
import com.laca.domain.records.RecordPart;
import com.laca.domain.records.RetentionBasis;
import com.laca.domain.shared.ClientId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A row of {@code clinical_purges}: one step of the retention job, inserted once and never changed. */
@Entity
@Table(name = "clinical_purges")
class ClinicalPurgeStepJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "outcome")
    private String outcome;
    @Column(name = "part")
    private String part;
    @Column(name = "entries")
    private int entries;
    @Column(name = "purgeable_from")
    private LocalDate purgeableFrom;
    @Column(name = "basis")
    private String basis;
    @Column(name = "legal_holds")
    private String legalHolds;
    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    protected ClinicalPurgeStepJpaEntity() {
    }

    ClinicalPurgeStepJpaEntity(ClinicalPurgeStep step) {
        id = UUID.randomUUID().toString();
        clientId = step.client().toString();
        outcome = step.outcome().name();
        part = step.part().map(RecordPart::name).orElse(null);
        entries = step.entries();
        purgeableFrom = step.purgeableFrom();
        basis = step.basis().name();
        legalHolds = step.holds().isEmpty() ? null : Columns.codes(step.holds());
        doneAt = Columns.timestamp(step.at());
    }

    ClinicalPurgeStep toDomain() {
        List<LegalHoldId> holds = legalHolds == null ? List.of()
                : Columns.codes(legalHolds).stream().map(LegalHoldId::parse).toList();
        return new ClinicalPurgeStep(ClientId.parse(clientId), Columns.instant(doneAt),
                ClinicalPurgeStep.Outcome.valueOf(outcome), Optional.ofNullable(part).map(RecordPart::valueOf), entries,
                purgeableFrom, RetentionBasis.valueOf(basis), holds);
    }
}
