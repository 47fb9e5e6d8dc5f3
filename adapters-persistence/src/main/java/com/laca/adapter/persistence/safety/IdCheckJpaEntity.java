package com.laca.adapter.persistence.safety;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.safety.IdCheckId;
import com.laca.domain.safety.IdDocumentType;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of {@code client_id_checks}: the proof of age staff saw, written once as evidence. */
@Entity
@Table(name = "client_id_checks")
class IdCheckJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "client_id", length = 36)
    private String clientId;
    @Column(name = "checked_by", length = 36)
    private String checkedBy;
    @Column(name = "checked_at")
    private OffsetDateTime checkedAt;
    @Column(name = "document_type")
    private String documentType;
    @Column(name = "date_of_birth_shown")
    private LocalDate dateOfBirthShown;

    protected IdCheckJpaEntity() {
    }

    IdCheckJpaEntity(IdCheck check) {
        id = check.id().value().toString();
        clientId = check.client().toString();
        checkedBy = check.checkedBy().toString();
        checkedAt = Columns.timestamp(check.checkedAt());
        documentType = check.documentType().name();
        dateOfBirthShown = check.dateOfBirthShown();
    }

    IdCheck toDomain() {
        return new IdCheck(IdCheckId.parse(id), ClientId.parse(clientId), UserId.parse(checkedBy),
                Columns.instant(checkedAt), IdDocumentType.valueOf(documentType), dateOfBirthShown);
    }
}
