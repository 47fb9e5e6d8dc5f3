package com.laca.domain.safety;

import com.laca.domain.shared.ClientId;
import java.time.Instant;
import java.util.Objects;

/**
 * The prescription that lets a prescription-only medicine be given, linking the consultation, the prescriber and the
 * client so the record shows the chain of accountability.
 *
 * @param id           the prescription
 * @param consultation the face-to-face consultation it follows
 * @param prescriber   who issued it (the consultation's prescriber)
 * @param client       for whom
 * @param product      what is prescribed, e.g. "Botulinum toxin type A, 50 units"
 * @param issuedAt     when it was issued
 */
public record Prescription(PrescriptionId id, Consultation consultation, Prescriber prescriber, ClientId client,
                           String product, Instant issuedAt) {

    public Prescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consultation, "consultation");
        Objects.requireNonNull(prescriber, "prescriber");
        Objects.requireNonNull(client, "client");
        if (product == null || product.isBlank() || product.length() > 200) {
            throw new IllegalArgumentException("product must be 1-200 characters");
        }
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (!consultation.client().equals(client)) {
            throw new IllegalArgumentException("a prescription is for the client who was consulted");
        }
        if (!consultation.prescriber().equals(prescriber)) {
            throw new IllegalArgumentException("a prescription is issued by the prescriber who consulted");
        }
        if (!consultation.mode().supportsPrescribing()) {
            throw new IllegalArgumentException("a prescription needs a face-to-face consultation");
        }
        if (issuedAt.isBefore(consultation.completedAt())) {
            throw new IllegalArgumentException("a prescription cannot precede its consultation");
        }
    }
}
