package com.laca.application.records.port.out;

import com.laca.domain.records.LotNumber;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.records.TreatmentRecord;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's treatment records, append-only: an entry is inserted once and never changed, because a
 * clinical record that can be rewritten cannot be relied on in a complaint, a claim or a recall.
 */
public interface TreatmentRecordRepository {

    /**
     * Stores a signed entry, with the staff account that recorded it (who pressed "sign", for accountability).
     *
     * @throws com.laca.application.shared.ConflictException if the appointment already has an original entry, or the
     *                                                        entry it corrects has already been corrected
     */
    void add(TreatmentRecord entry, UserId recordedBy);

    /** The chart of one appointment, if an entry was ever signed for it. */
    Optional<TreatmentChart> chart(AppointmentId appointment);

    /** The charts of every appointment of the clients, latest treatment first. */
    List<TreatmentChart> chartsOf(Collection<ClientId> clients);

    /**
     * The entries in force (corrected by nothing) that used a product of batch {@code lot} on a treatment day from
     * {@code from} to {@code to}, both included.
     */
    List<TreatmentRecord> currentWithLot(LotNumber lot, LocalDate from, LocalDate to);
}
