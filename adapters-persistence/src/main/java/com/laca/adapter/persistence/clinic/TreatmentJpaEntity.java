package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.StoredText;
import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TreatmentId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A row of {@code treatments}: durations in minutes, the price in minor units plus currency, and the deposit policy as
 * a kind plus the amounts that kind needs, in the price's currency.
 */
@Entity
@Table(name = "treatments")
class TreatmentJpaEntity extends ClinicRecordJpaEntity<Treatment> {

    private static final String NO_DEPOSIT = "NONE";
    private static final String FIXED_DEPOSIT = "FIXED";
    private static final String PERCENTAGE_DEPOSIT = "PERCENTAGE";

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
    @Column(name = "deposit_kind")
    private String depositKind;
    @Column(name = "deposit_minor_units")
    private Long depositMinorUnits;
    @Column(name = "deposit_basis_points")
    private Integer depositBasisPoints;
    @Column(name = "deposit_minimum_minor_units")
    private Long depositMinimumMinorUnits;
    @Column(name = "deposit_maximum_minor_units")
    private Long depositMaximumMinorUnits;
    @Column(name = "active")
    private boolean active;

    @Override
    Treatment toDomain() {
        StoredText text = StoredText.of("treatments", id());
        return new Treatment(TreatmentId.parse(id()), text.line("name", name, Treatment.NAME_MAX_LENGTH),
                TreatmentCategory.valueOf(category),
                text.optionalLines("description", description, Treatment.DESCRIPTION_MAX_LENGTH),
                Columns.duration(durationMinutes), Columns.duration(bufferBeforeMinutes),
                Columns.duration(bufferAfterMinutes), Money.of(priceMinorUnits, currency),
                requiredQualification == null ? null : Qualification.valueOf(requiredQualification),
                Columns.codes(requiredResourceTypes).stream().map(ResourceType::new).collect(Collectors.toSet()),
                new BookingWindow(Columns.duration(slotStepMinutes), Columns.duration(minNoticeMinutes),
                        Columns.duration(maxAdvanceMinutes)),
                depositPolicy(), active, version());
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
        copyDeposit(treatment.depositPolicy());
        active = treatment.active();
    }

    private DepositPolicy depositPolicy() {
        return switch (depositKind) {
            case NO_DEPOSIT -> DepositPolicy.none();
            case FIXED_DEPOSIT -> DepositPolicy.fixed(Money.of(depositMinorUnits, currency));
            case PERCENTAGE_DEPOSIT -> new DepositPolicy.PercentageDeposit(depositBasisPoints,
                    Optional.ofNullable(depositMinimumMinorUnits).map(m -> Money.of(m, currency)),
                    Optional.ofNullable(depositMaximumMinorUnits).map(m -> Money.of(m, currency)));
            default -> throw new IllegalStateException("unknown deposit kind " + depositKind);
        };
    }

    private void copyDeposit(DepositPolicy policy) {
        depositMinorUnits = null;
        depositBasisPoints = null;
        depositMinimumMinorUnits = null;
        depositMaximumMinorUnits = null;
        if (policy instanceof DepositPolicy.FixedDeposit fixed) {
            depositKind = FIXED_DEPOSIT;
            depositMinorUnits = fixed.amount().minorUnits();
        } else if (policy instanceof DepositPolicy.PercentageDeposit percentage) {
            depositKind = PERCENTAGE_DEPOSIT;
            depositBasisPoints = percentage.basisPoints();
            depositMinimumMinorUnits = percentage.minimum().map(Money::minorUnits).orElse(null);
            depositMaximumMinorUnits = percentage.maximum().map(Money::minorUnits).orElse(null);
        } else {
            depositKind = NO_DEPOSIT;
        }
    }
}
