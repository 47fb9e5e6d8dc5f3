package com.laca.adapter.persistence.safety;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.Licence;
import com.laca.domain.safety.LicenceTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * A row of {@code cosmetic_licences}: the one licence a practitioner or a location (premises) holds, keyed by the
 * holder's id (practitioner and location ids never collide, being random UUIDs) and marked with the holder's kind.
 */
@Entity
@Table(name = "cosmetic_licences")
class LicenceJpaEntity extends TenantOwnedJpaEntity {

    static final String PRACTITIONER = "PRACTITIONER";
    static final String PREMISES = "PREMISES";

    @Id
    @Column(name = "holder_id", length = 36)
    private String holderId;
    @Column(name = "holder_kind")
    private String holderKind;
    @Column(name = "licence_number")
    private String number;
    @Column(name = "tier")
    private String tier;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    @Column(name = "insurance_expires_on")
    private LocalDate insuranceExpiresOn;
    @Column(name = "categories")
    private String categories;

    protected LicenceJpaEntity() {
    }

    LicenceJpaEntity(String holderKind, String holderId) {
        this.holderKind = holderKind;
        this.holderId = holderId;
    }

    String holderKind() {
        return holderKind;
    }

    void copyFrom(Licence licence) {
        number = licence.number();
        tier = licence.tier().code();
        expiresOn = licence.expiresOn();
        insuranceExpiresOn = licence.insuranceExpiresOn();
        categories = Columns.codes(licence.covers().stream().map(Enum::name).sorted().toList());
    }

    Licence toDomain() {
        return new Licence(number, new LicenceTier(tier), expiresOn, insuranceExpiresOn,
                Columns.codes(categories).stream().map(TreatmentCategory::valueOf).collect(Collectors.toSet()));
    }
}
