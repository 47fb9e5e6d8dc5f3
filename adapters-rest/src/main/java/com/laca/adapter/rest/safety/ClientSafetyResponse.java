package com.laca.adapter.rest.safety;

import com.laca.application.safety.port.in.ClientSafetyView;
import java.util.List;

/** A client's legal evidence on file: ID checks, doctor's directions, consultations and prescriptions. */
public record ClientSafetyResponse(String client, List<IdCheckResponse> idChecks,
                                   List<DirectionResponse> directions, List<ConsultationResponse> consultations,
                                   List<PrescriptionResponse> prescriptions) {

    /** The view as answered, also written into a subject-access export. */
    public static ClientSafetyResponse from(ClientSafetyView v) {
        return new ClientSafetyResponse(v.client().toString(), v.idChecks().stream().map(IdCheckResponse::from)
                .toList(), v.directions().stream().map(DirectionResponse::from).toList(),
                v.consultations().stream().map(ConsultationResponse::from).toList(),
                v.prescriptions().stream().map(PrescriptionResponse::from).toList());
    }
}
