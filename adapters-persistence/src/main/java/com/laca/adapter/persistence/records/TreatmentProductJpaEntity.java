package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.records.ProductUse;
import com.laca.domain.records.TreatmentRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row of {@code treatment_record_products}: one product of one entry, the key a recall search looks up. */
@Entity
@Table(name = "treatment_record_products")
class TreatmentProductJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 40)
    private String id;
    @Column(name = "record_id")
    private String recordId;
    @Column(name = "product_index")
    private int position;
    @Column(name = "lot")
    private String lot;
    @Column(name = "manufacturer")
    private String manufacturer;
    @Column(name = "treated_on")
    private LocalDate treatedOn;

    protected TreatmentProductJpaEntity() {
    }

    TreatmentProductJpaEntity(TreatmentRecord entry, int position) {
        ProductUse product = entry.details().products().get(position);
        this.id = entry.id() + ":" + position;
        this.recordId = entry.id().toString();
        this.position = position;
        this.lot = product.lot().value();
        this.manufacturer = product.manufacturer();
        this.treatedOn = entry.context().treatedOn();
    }
}
