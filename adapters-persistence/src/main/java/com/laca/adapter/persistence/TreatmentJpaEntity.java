package com.laca.adapter.persistence;

import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TreatmentId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.stream.Collectors;

/** A row of {@code treatments}: durations in minutes, the price in minor units plus currency. */
@Entity
@Table(name = "treatments")
class TreatmentJpaEntity extends ClinicRecordJpaEntity<Treatment> {

    @Column(name = "name")
    private String name;
    @Column(name = "category")
    private String category;
    @Column(name = "description")
    private String description;
    @Column(name = "duration_minutes")
    private int durationMinutes;
    @Column(name = "buffer_before_minutes")
    private int bufferBeforeMinutes;
    @Column(name = "buffer_after_minutes")
    private int bufferAfterMinutes;
    @Column(name = "price_minor_units")
    private long priceMinorUnits;
    @Column(name = "currency")
    private String currency;
    @Column(name = "required_qualification")
    private String requiredQualification;
    @Column(name = "required_resource_types")
    private String requiredResourceTypes;
    @Column(name = "slot_step_minutes")
    private int slotStepMinutes;
    @Column(name = "min_notice_minutes")
    private int minNoticeMinutes;
    @Column(name = "max_advance_minutes")
    private int maxAdvanceMinutes;
    @Column(name = "active")
    private boolean active;

    @Override
    Treatment toDomain() {
        return new Treatment(TreatmentId.parse(id()), name, TreatmentCategory.valueOf(category), description,
                Columns.duration(durationMinutes), Columns.duration(bufferBeforeMinutes),
                Columns.duration(bufferAfterMinutes), Money.of(priceMinorUnits, currency),
                requiredQualification == null ? null : Qualification.valueOf(requiredQualification),
                Columns.codes(requiredResourceTypes).stream().map(ResourceType::new).collect(Collectors.toSet()),
                new BookingWindow(Columns.duration(slotStepMinutes), Columns.duration(minNoticeMinutes),
                        Columns.duration(maxAdvanceMinutes)),
                active, version());
    }

    @Override
    void copyFrom(Treatment treatment) {
        name = treatment.name();
        category = treatment.category().name();
        description = treatment.description();
        durationMinutes = Columns.minutes(treatment.duration());
        bufferBeforeMinutes = Columns.minutes(treatment.bufferBefore());
        bufferAfterMinutes = Columns.minutes(treatment.bufferAfter());
        priceMinorUnits = treatment.price().minorUnits();
        currency = treatment.price().currency();
        requiredQualification = treatment.qualification().map(Enum::name).orElse(null);
        requiredResourceTypes = Columns.codes(treatment.requiredResourceTypes());
        slotStepMinutes = Columns.minutes(treatment.bookingWindow().slotStep());
        minNoticeMinutes = Columns.minutes(treatment.bookingWindow().minimumNotice());
        maxAdvanceMinutes = Columns.minutes(treatment.bookingWindow().maximumAdvance());
        active = treatment.active();
    }
}
