package com.laca.adapter.persistence.booking;

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
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A row of {@code appointment_resources}: one room or device an appointment holds, with a copy of the appointment's
 * occupied span and active flag, so PostgreSQL's per-resource exclusion constraint needs no join.
 */
@Entity
@Table(name = "appointment_resources")
@IdClass(AppointmentResourceJpaEntity.Key.class)
class AppointmentResourceJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @ManyToOne(optional = false)
    @JoinColumns({
            @JoinColumn(name = "appointment_id", referencedColumnName = "id"),
            @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id", insertable = false, updatable = false)
    })
    private AppointmentJpaEntity appointment;

    @Id
    @Column(name = "resource_id", length = 36)
    private String resourceId;

    @Column(name = "busy_from")
    private OffsetDateTime busyFrom;
    @Column(name = "busy_to")
    private OffsetDateTime busyTo;
    @Column(name = "active")
    private boolean active;

    protected AppointmentResourceJpaEntity() {
    }

    AppointmentResourceJpaEntity(AppointmentJpaEntity appointment, String resourceId) {
        this.appointment = appointment;
        this.resourceId = resourceId;
    }

    String resourceId() {
        return resourceId;
    }

    /** Keeps the copy in step with the appointment. */
    void occupy(OffsetDateTime from, OffsetDateTime to, boolean isActive) {
        busyFrom = from;
        busyTo = to;
        active = isActive;
    }

    /** The row's identity within its tenant: appointment id plus resource id. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String appointment;
        private String resourceId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(appointment, key.appointment)
                    && Objects.equals(resourceId, key.resourceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(appointment, resourceId);
        }
    }
}
