package com.laca.domain.safety;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A registered medical practitioner's direction that a client under the legal age receive a restricted treatment for
 * a medical reason: the only path past the age gate, and only where the jurisdiction allows it for the category.
 *
 * @param client     for whom
 * @param category   the restricted treatment directed
 * @param doctorName the directing doctor
 * @param doctor     the doctor's registration; must be on the medical register (GMC)
 * @param reason     the medical reason, recorded in full
 * @param recordedBy the staff member who recorded it
 * @param recordedAt when
 */
public record DoctorsDirection(ClientId client, TreatmentCategory category, String doctorName,
                               PrescriberRegistration doctor, String reason, UserId recordedBy, Instant recordedAt) {

    public DoctorsDirection {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(category, "category");
        if (doctorName == null || doctorName.isBlank() || doctorName.length() > 200) {
            throw new IllegalArgumentException("doctorName must be 1-200 characters");
        }
        Objects.requireNonNull(doctor, "doctor");
        if (!doctor.body().isMedicalRegister()) {
            throw new IllegalArgumentException("a doctor's direction comes from a registered medical practitioner (GMC)");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new IllegalArgumentException("reason must be 1-2000 characters");
        }
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    @Override
    public String toString() {
        return "DoctorsDirection[" + client + ", " + category + ", " + doctor + ", reason redacted]";
    }
}
