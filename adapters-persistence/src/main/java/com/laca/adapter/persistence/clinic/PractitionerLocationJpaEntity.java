package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A row of {@code practitioner_locations}: one location a practitioner works at, owned by the same tenant. */
@Entity
@Table(name = "practitioner_locations")
@IdClass(PractitionerLocationJpaEntity.Key.class)
class PractitionerLocationJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @ManyToOne(optional = false)
    @JoinColumns({
            @JoinColumn(name = "practitioner_id", referencedColumnName = "id"),
            @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id", insertable = false, updatable = false)
    })
    private PractitionerJpaEntity practitioner;

    @Id
    @Column(name = "location_id", length = 36)
    private String locationId;

    protected PractitionerLocationJpaEntity() {
    }

    PractitionerLocationJpaEntity(PractitionerJpaEntity practitioner, String locationId) {
        this.practitioner = practitioner;
        this.locationId = locationId;
    }

    String locationId() {
        return locationId;
    }

    /** The row's identity within its tenant: practitioner id plus location id. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String practitioner;
        private String locationId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(practitioner, key.practitioner)
                    && Objects.equals(locationId, key.locationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(practitioner, locationId);
        }
    }
}
