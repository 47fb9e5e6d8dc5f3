package com.laca.adapter.persistence.safety;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.SafetySettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A row of {@code safety_settings}, one per tenant, keyed by the tenant itself (row-level security on PostgreSQL
 * keeps each clinic to its own); periods and durations are stored as ISO 8601 text, reflection periods as
 * {@code CATEGORY=PT48H} pairs; the version guards against two people replacing them at once.
 */
@Entity
@Table(name = "safety_settings")
class SafetySettingsJpaEntity {

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;
    @Column(name = "screening_validity")
    private String screeningValidity;
    @Column(name = "reconfirmation_window")
    private String reconfirmationWindow;
    @Column(name = "consultation_validity")
    private String consultationValidity;
    @Column(name = "reflection_periods")
    private String reflectionPeriods;
    @Column(name = "licensing_enforced")
    private boolean licensingEnforced;
    @Version
    @Column(name = "version")
    private long version;

    protected SafetySettingsJpaEntity() {
    }

    SafetySettingsJpaEntity(String tenantId) {
        this.tenantId = tenantId;
    }

    long version() {
        return version;
    }

    void copyFrom(SafetySettings settings) {
        screeningValidity = settings.screeningValidity().toString();
        reconfirmationWindow = settings.reconfirmationWindow().toString();
        consultationValidity = settings.consultationValidity().toString();
        reflectionPeriods = new EnumMap<>(settings.reflectionPeriods()).entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(","));
        licensingEnforced = settings.licensingEnforced();
    }

    SafetySettings toDomain() {
        Map<TreatmentCategory, Duration> periods = new EnumMap<>(TreatmentCategory.class);
        if (reflectionPeriods != null && !reflectionPeriods.isBlank()) {
            for (String pair : reflectionPeriods.split(",")) {
                String[] parts = pair.split("=", 2);
                periods.put(TreatmentCategory.valueOf(parts[0]), Duration.parse(parts[1]));
            }
        }
        return new SafetySettings(Period.parse(screeningValidity), Period.parse(reconfirmationWindow),
                Period.parse(consultationValidity), periods, licensingEnforced);
    }
}
