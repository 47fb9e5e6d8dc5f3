package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.booking.AgreedTerms;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.CancellationPolicy;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A row of {@code appointments}: the treatment time, the occupied span with buffers ({@code busy_from/busy_to}, what
 * the exclusion constraints compare), the status with an {@code active} flag for the states that occupy time, the
 * terms the booking was made on ({@code agreed_*}: price, deposit, free-cancellation notice), and the resources held as
 * child rows kept in step with both.
 */
@Entity
@Table(name = "appointments")
class AppointmentJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "location_id")
    private String locationId;
    @Column(name = "treatment_id")
    private String treatmentId;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "practitioner_id")
    private String practitionerId;
    @Column(name = "starts_at")
    private OffsetDateTime startsAt;
    @Column(name = "ends_at")
    private OffsetDateTime endsAt;
    @Column(name = "buffer_before_minutes")
    private int bufferBeforeMinutes;
    @Column(name = "buffer_after_minutes")
    private int bufferAfterMinutes;
    @Column(name = "busy_from")
    private OffsetDateTime busyFrom;
    @Column(name = "busy_to")
    private OffsetDateTime busyTo;
    @Column(name = "status")
    private String status;
    @Column(name = "hold_expires_at")
    private OffsetDateTime holdExpiresAt;
    @Column(name = "active")
    private boolean active;
    @Column(name = "manage_token_hash")
    private String manageTokenHash;
    /** A hash of tenant and network address for public bookings, counted by the booking limits; never the address. */
    @Column(name = "origin_key")
    private String originKey;
    @Column(name = "agreed_price_minor")
    private long agreedPriceMinor;
    @Column(name = "agreed_deposit_minor")
    private long agreedDepositMinor;
    @Column(name = "agreed_currency")
    private String agreedCurrency;
    @Column(name = "agreed_free_cancellation_minutes")
    private int agreedFreeCancellationMinutes;
    @Version
    @Column(name = "version")
    private long version;
    @OneToMany(mappedBy = "appointment", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<AppointmentResourceJpaEntity> resources = new HashSet<>();

    protected AppointmentJpaEntity() {
    }

    AppointmentJpaEntity(Appointment appointment, String manageTokenHash, String originKey) {
        this.id = appointment.id().toString();
        this.manageTokenHash = manageTokenHash;
        this.originKey = originKey;
        copyFrom(appointment);
    }

    /** The version as the domain counts it, from 0 for a new row. */
    long version() {
        return Columns.domainVersion(version);
    }

    Appointment toDomain(TenantId tenant) {
        AppointmentDetails details = new AppointmentDetails(AppointmentId.parse(id), tenant,
                LocationId.parse(locationId), TreatmentId.parse(treatmentId), ClientId.parse(clientId),
                PractitionerId.parse(practitionerId),
                resources.stream().map(AppointmentResourceJpaEntity::resourceId).sorted()
                        .map(ResourceId::parse).toList(),
                new TimeRange(Columns.instant(startsAt), Columns.instant(endsAt)),
                Columns.duration(bufferBeforeMinutes), Columns.duration(bufferAfterMinutes),
                new AgreedTerms(Money.of(agreedPriceMinor, agreedCurrency),
                        Money.of(agreedDepositMinor, agreedCurrency),
                        new CancellationPolicy(Columns.duration(agreedFreeCancellationMinutes))));
        return Appointment.reconstitute(details, AppointmentStatus.valueOf(status),
                Optional.ofNullable(Columns.instant(holdExpiresAt)));
    }

    /**
     * Copies everything but the id, the token hash and the origin key; keeps the resource rows that stay and adds only
     * new ones, so no row is deleted and re-inserted in one flush.
     */
    void copyFrom(Appointment appointment) {
        AppointmentDetails details = appointment.details();
        locationId = details.location().toString();
        treatmentId = details.treatment().toString();
        clientId = details.client().toString();
        practitionerId = details.practitioner().toString();
        startsAt = Columns.timestamp(details.time().start());
        endsAt = Columns.timestamp(details.time().end());
        bufferBeforeMinutes = Columns.minutes(details.bufferBefore());
        bufferAfterMinutes = Columns.minutes(details.bufferAfter());
        busyFrom = Columns.timestamp(details.occupied().start());
        busyTo = Columns.timestamp(details.occupied().end());
        status = appointment.status().name();
        holdExpiresAt = Columns.timestamp(appointment.holdExpiresAt().orElse(null));
        AgreedTerms terms = details.terms();
        agreedPriceMinor = terms.price().minorUnits();
        agreedDepositMinor = terms.deposit().minorUnits();
        agreedCurrency = terms.price().currency();
        agreedFreeCancellationMinutes = Columns.minutes(terms.cancellation().freeCancellationWindow());
        active = appointment.status().occupiesTime();
        Set<String> wanted = details.resources().stream().map(ResourceId::toString)
                .collect(Collectors.toCollection(HashSet::new));
        resources.removeIf(resource -> !wanted.contains(resource.resourceId()));
        resources.stream().map(AppointmentResourceJpaEntity::resourceId).toList().forEach(wanted::remove);
        wanted.stream().sorted(Comparator.naturalOrder())
                .forEach(resourceId -> resources.add(new AppointmentResourceJpaEntity(this, resourceId)));
        resources.forEach(resource -> resource.occupy(busyFrom, busyTo, active));
    }
}
