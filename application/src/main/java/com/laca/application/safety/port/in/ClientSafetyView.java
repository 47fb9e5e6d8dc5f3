package com.laca.application.safety.port.in;

import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.safety.Prescription;
import com.laca.domain.shared.ClientId;
import java.util.List;
import java.util.Objects;

/**
 * The legal evidence on file for one client, in one answer, so staff with clinical access can see at a glance whether
 * proof of age, a doctor's direction, a consultation and a prescription are recorded.
 *
 * @param client        the client
 * @param idChecks      proof of age seen, oldest first
 * @param directions    doctor's directions, oldest first
 * @param consultations prescriber consultations, oldest first
 * @param prescriptions prescriptions, oldest first
 */
public record ClientSafetyView(ClientId client, List<IdCheck> idChecks, List<DoctorsDirection> directions,
                               List<Consultation> consultations, List<Prescription> prescriptions) {

    public ClientSafetyView {
        Objects.requireNonNull(client, "client");
        idChecks = List.copyOf(idChecks);
        directions = List.copyOf(directions);
        consultations = List.copyOf(consultations);
        prescriptions = List.copyOf(prescriptions);
    }
}
