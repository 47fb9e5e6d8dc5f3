package com.laca.adapter.rest.records;

import com.laca.domain.records.ClientAppointment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a client's appointment history: ids, times (UTC) and status. */
@Schema(name = "ClientAppointment")
public record ClientAppointmentResponse(String id, String client, String start, String end, String status,
                                        String treatment, String practitioner, String location) {

    public static ClientAppointmentResponse from(ClientAppointment line) {
        return new ClientAppointmentResponse(line.appointment().toString(), line.client().toString(),
                line.start().toString(), line.end().toString(), line.status().name(), line.treatment().toString(),
                line.practitioner().toString(), line.location().toString());
    }
}
