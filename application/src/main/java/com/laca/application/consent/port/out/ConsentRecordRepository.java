package com.laca.application.consent.port.out;

import com.laca.domain.consent.ConsentId;
import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import java.util.List;
import java.util.Optional;

/** Keeps the current tenant's consent records, one per appointment, changed only by the record's own steps. */
public interface ConsentRecordRepository {

    Optional<StoredConsent> forAppointment(AppointmentId appointment);

    Optional<StoredConsent> find(ConsentId id);

    /** Every consent record of the client, for the check-in rule. */
    List<ConsentRecord> ofClient(ClientId client);

    /**
     * Stores a new record for the appointment.
     *
     * @throws com.laca.application.shared.ConflictException if the appointment already has one
     */
    void insert(AppointmentId appointment, ConsentRecord record);

    /**
     * Replaces the record after a step, if it is still at the version read.
     *
     * @throws com.laca.application.shared.VersionConflictException if another step came first
     */
    void update(ConsentRecord record, long expectedVersion);

    /** Records where the signed document was archived and its digest; written once per consent. */
    void recordDocument(ConsentId id, ConsentDocument document);
}
