package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.academy.Verification;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** A row of {@code academy_registrations}: one person's registration with one register, and its verification. */
@Entity
@Table(name = "academy_registrations")
@IdClass(RegistrationJpaEntity.Key.class)
class RegistrationJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "person_id", length = 36)
    private String personId;
    @Id
    @Column(name = "body", length = 8)
    private String body;
    @Column(name = "number")
    private String number;
    @Column(name = "verified_by")
    private String verifiedBy;
    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    protected RegistrationJpaEntity() {
    }

    RegistrationJpaEntity(UserId person, ProfessionalRegistration registration) {
        personId = person.toString();
        body = registration.body().name();
        copyFrom(registration);
    }

    void copyFrom(ProfessionalRegistration registration) {
        number = registration.number();
        verifiedBy = registration.verification().map(v -> v.verifiedBy().toString()).orElse(null);
        verifiedAt = registration.verification().map(v -> Columns.timestamp(v.verifiedAt())).orElse(null);
    }

    ProfessionalRegistration toDomain() {
        return new ProfessionalRegistration(RegulatoryBody.valueOf(body), number, Optional.ofNullable(verifiedBy)
                .map(by -> new Verification(UserId.parse(by), Columns.instant(verifiedAt))));
    }

    static Key key(UserId person, RegulatoryBody body) {
        return new Key(person.toString(), body.name());
    }

    /** The row's identity within its tenant: person and register. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String personId;
        private String body;

        public Key() {
        }

        Key(String personId, String body) {
            this.personId = personId;
            this.body = body;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(personId, key.personId) && Objects.equals(body, key.body);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, body);
        }
    }
}
