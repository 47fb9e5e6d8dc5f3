package com.laca.domain.safety;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.ClientId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A completed consultation between a prescriber and a client for a category, the assessment a prescription-only
 * medicine needs before it may be given.
 *
 * @param id          the consultation
 * @param client      who was assessed
 * @param category    the treatment it assessed them for
 * @param prescriber  who held it
 * @param mode        face to face, video or phone
 * @param completedAt when it ended
 */
public record Consultation(ConsultationId id, ClientId client, TreatmentCategory category, Prescriber prescriber,
                           ConsultationMode mode, Instant completedAt) {

    public Consultation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(prescriber, "prescriber");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(completedAt, "completedAt");
    }

    /**
     * Whether it supports a treatment of the category starting at {@code start}: face to face, for this client and
     * category, completed before the start, and the start's local date no later than the consultation date plus the
     * validity period.
     */
    public boolean supports(ClientId client, TreatmentCategory category, Instant start, ZoneId zone,
                            SafetySettings settings) {
        LocalDate lastValidDay = LocalDate.ofInstant(completedAt, zone).plus(settings.consultationValidity());
        return mode.supportsPrescribing() && this.client.equals(client) && this.category == category
                && completedAt.isBefore(start) && !LocalDate.ofInstant(start, zone).isAfter(lastValidDay);
    }
}
