package com.laca.adapter.persistence.academy;

import static com.laca.adapter.persistence.academy.JsonFactories.BUILDERS;
import static com.laca.adapter.persistence.academy.JsonFactories.READERS;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.assessment.RegradeAudit;
import com.laca.domain.shared.UserId;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code academy_regrade_audits}: written once when a regrade is applied. */
@Entity
@Table(name = "academy_regrade_audits")
class RegradeAuditJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "assessment_id")
    private String assessmentId;
    @Column(name = "applied_by")
    private String appliedBy;
    @Column(name = "applied_at")
    private OffsetDateTime appliedAt;
    @Column(name = "reason")
    private String reason;
    @Column(name = "summary")
    private String summary;
    @Column(name = "notes")
    private String notes;

    protected RegradeAuditJpaEntity() {
    }

    RegradeAuditJpaEntity(RegradeAudit audit) {
        id = UUID.randomUUID().toString();
        assessmentId = audit.assessment().toString();
        appliedBy = audit.appliedBy().toString();
        appliedAt = Columns.timestamp(audit.appliedAt());
        reason = audit.reason();
        summary = audit.summary();
        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
        audit.notes().forEach(array::add);
        notes = array.build().toString();
    }

    RegradeAudit toDomain() {
        return new RegradeAudit(AssessmentId.parse(assessmentId), UserId.parse(appliedBy),
                Columns.instant(appliedAt), reason, summary,
                READERS.createReader(new StringReader(notes)).readArray().getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList());
    }
}
