package com.laca.adapter.persistence.safety;

import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.RegisterBody;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code prescriber_registrations}: one statutory registration per practitioner. */
@Entity
@Table(name = "prescriber_registrations")
class PrescriberRegistrationJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "practitioner_id", length = 36)
    private String practitionerId;
    @Column(name = "register_body")
    private String registerBody;
    @Column(name = "registration_number")
    private String registrationNumber;

    protected PrescriberRegistrationJpaEntity() {
    }

    PrescriberRegistrationJpaEntity(String practitionerId) {
        this.practitionerId = practitionerId;
    }

    void copyFrom(PrescriberRegistration registration) {
        registerBody = registration.body().name();
        registrationNumber = registration.number();
    }

    PrescriberRegistration toDomain() {
        return new PrescriberRegistration(RegisterBody.valueOf(registerBody), registrationNumber);
    }
}
