package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.certificate.StatusCause;
import com.laca.domain.academy.certificate.StatusChange;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A row of {@code academy_certificate_status}: one status change at its position in the history; the primary key
 * (certificate, position) keeps one change per position, so two changes decided on the same history cannot both land.
 */
@Entity
@Table(name = "academy_certificate_status")
@IdClass(CertificateStatusJpaEntity.Key.class)
class CertificateStatusJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "certificate_id", length = 36)
    private String certificateId;
    @Id
    @Column(name = "position")
    private int position;
    @Column(name = "action")
    private String action;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "cause")
    private String cause;
    @Column(name = "reason")
    private String reason;

    protected CertificateStatusJpaEntity() {
    }

    CertificateStatusJpaEntity(String certificateId, int position, StatusChange change) {
        this.certificateId = certificateId;
        this.position = position;
        action = change.action().name();
        changedAt = Columns.timestamp(change.at());
        changedBy = change.by().toString();
        cause = change.cause().name();
        reason = change.reason();
    }

    String certificateId() {
        return certificateId;
    }

    StatusChange toDomain() {
        return new StatusChange(StatusChange.Action.valueOf(action), Columns.instant(changedAt),
                UserId.parse(changedBy), StatusCause.valueOf(cause), reason);
    }

    /** The row's identity within its tenant: certificate and position. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String certificateId;
        private int position;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(certificateId, key.certificateId)
                    && position == key.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(certificateId, position);
        }
    }
}
