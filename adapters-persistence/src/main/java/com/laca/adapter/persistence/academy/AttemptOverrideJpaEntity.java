package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.assessment.AttemptOverride;
import com.laca.domain.academy.assessment.LearnerOverride;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A row of {@code academy_attempt_overrides}: one learner's override of one assessment, replaced by a new grant. */
@Entity
@Table(name = "academy_attempt_overrides")
@IdClass(AttemptOverrideJpaEntity.Key.class)
class AttemptOverrideJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "assessment_id", length = 36)
    private String assessmentId;
    @Id
    @Column(name = "learner_id", length = 36)
    private String learnerId;
    @Column(name = "extra_time_seconds")
    private long extraTimeSeconds;
    @Column(name = "extra_attempts")
    private int extraAttempts;
    @Column(name = "close_extension_seconds")
    private long closeExtensionSeconds;
    @Column(name = "granted_by")
    private String grantedBy;
    @Column(name = "granted_at")
    private OffsetDateTime grantedAt;
    @Column(name = "reason")
    private String reason;

    protected AttemptOverrideJpaEntity() {
    }

    AttemptOverrideJpaEntity(LearnerOverride override) {
        assessmentId = override.assessment().toString();
        learnerId = override.learner().toString();
        copyFrom(override);
    }

    void copyFrom(LearnerOverride override) {
        extraTimeSeconds = override.override().extraTime().toSeconds();
        extraAttempts = override.override().extraAttempts();
        closeExtensionSeconds = override.override().closeExtension().toSeconds();
        grantedBy = override.grantedBy().toString();
        grantedAt = Columns.timestamp(override.grantedAt());
        reason = override.reason();
    }

    LearnerOverride toDomain() {
        return new LearnerOverride(AssessmentId.parse(assessmentId), UserId.parse(learnerId),
                new AttemptOverride(Duration.ofSeconds(extraTimeSeconds), extraAttempts,
                        Duration.ofSeconds(closeExtensionSeconds)),
                UserId.parse(grantedBy), Columns.instant(grantedAt), reason);
    }

    static Key key(AssessmentId assessment, UserId learner) {
        return new Key(assessment.toString(), learner.toString());
    }

    /** The row's identity within its tenant: assessment and learner. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String assessmentId;
        private String learnerId;

        public Key() {
        }

        Key(String assessmentId, String learnerId) {
            this.assessmentId = assessmentId;
            this.learnerId = learnerId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(assessmentId, key.assessmentId)
                    && Objects.equals(learnerId, key.learnerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, learnerId);
        }
    }
}
