package com.laca.application.records.port.out;

import com.laca.domain.records.ClientAppointment;
import com.laca.domain.records.TreatedAppointment;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads the current tenant's appointments of some clients, for the appointment history on a client record. */
public interface ClientAppointmentHistory {

    /** Every appointment booked under one of the clients, latest first. */
    List<ClientAppointment> of(Collection<ClientId> clients);

    /** The appointment as a treatment record sees it (client, practitioner, status, category, local day), if any. */
    Optional<TreatedAppointment> treated(AppointmentId appointment);
}
