package com.laca.application.records.port.out;

import com.laca.domain.records.ClientAppointment;
import com.laca.domain.shared.ClientId;
import java.util.Collection;
import java.util.List;

/** Reads the current tenant's appointments of some clients, for the appointment history on a client record. */
public interface ClientAppointmentHistory {

    /** Every appointment booked under one of the clients, latest first. */
    List<ClientAppointment> of(Collection<ClientId> clients);
}
