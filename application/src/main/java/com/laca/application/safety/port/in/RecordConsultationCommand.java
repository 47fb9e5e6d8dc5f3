package com.laca.application.safety.port.in;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.ConsultationMode;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.util.Objects;

/**
 * A prescriber consultation that took place, as the prescriber records it.
 *
 * @param client      who was assessed
 * @param category    the treatment it assessed them for
 * @param prescriber  who held it; must hold the prescriber qualification and a recorded registration
 * @param mode        face to face, video or phone (only face to face supports a prescription-only medicine)
 * @param completedAt when it ended; not in the future
 */
public record RecordConsultationCommand(ClientId client, TreatmentCategory category, PractitionerId prescriber,
                                        ConsultationMode mode, Instant completedAt) {

    public RecordConsultationCommand {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(prescriber, "prescriber");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(completedAt, "completedAt");
    }
}
