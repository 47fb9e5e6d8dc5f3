package com.laca.domain.safety;

import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.shared.ClientId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the policy needs to know about a client, loaded by the application in one go so the policy itself reads
 * nothing and stays a pure function.
 *
 * @param client         the client
 * @param dateOfBirth    as recorded (empty for a client not yet asked)
 * @param screenings     their questionnaires, any order
 * @param decisions      prescriber decisions on their screenings
 * @param consultations  prescriber consultations held with them
 * @param prescriptions  prescriptions issued for them
 * @param idChecks       proof of age staff saw
 * @param directions     doctor's directions recorded for them
 * @param consents       consent records
 */
public record ClientSafetyFacts(ClientId client, Optional<LocalDate> dateOfBirth, List<Screening> screenings,
                                List<PrescriberDecision> decisions, List<Consultation> consultations,
                                List<Prescription> prescriptions, List<IdCheck> idChecks,
                                List<DoctorsDirection> directions, List<ConsentRecord> consents) {

    public ClientSafetyFacts {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        screenings = List.copyOf(screenings);
        decisions = List.copyOf(decisions);
        consultations = List.copyOf(consultations);
        prescriptions = List.copyOf(prescriptions);
        idChecks = List.copyOf(idChecks);
        directions = List.copyOf(directions);
        consents = List.copyOf(consents);
    }

    /** A client we know nothing clinical about yet (e.g. a first public booking). */
    public static ClientSafetyFacts newClient(ClientId client, Optional<LocalDate> dateOfBirth) {
        return new ClientSafetyFacts(client, dateOfBirth, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    @Override
    public String toString() {
        return "ClientSafetyFacts[" + client + ", redacted]";
    }
}
