package com.laca.application.booking.port.out;

import com.laca.domain.booking.AppointmentNote;
import com.laca.domain.booking.CancellationRecord;
import com.laca.domain.shared.AppointmentId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keeps what the front desk records beside an appointment (why and by whom it was cancelled, staff-only notes) in the
 * current tenant, apart from the appointment itself so the booking engine's hot rows stay as they are; always called
 * inside {@link com.laca.application.shared.TransactionRunner#inTenant}.
 */
public interface DeskRecordRepository {

    /**
     * For services built without desk records (tests of other parts): reads find nothing, a cancellation's reason is
     * not kept (so those tests can cancel) and a note is refused.
     */
    DeskRecordRepository NONE = new DeskRecordRepository() {
        @Override
        public void recordCancellation(CancellationRecord record) {
            // nowhere to keep it: tests of other parts only need the cancellation itself
        }

        @Override
        public Map<AppointmentId, CancellationRecord> cancellations(Collection<AppointmentId> appointments) {
            return Map.of();
        }

        @Override
        public void addNote(AppointmentNote note) {
            throw new IllegalStateException("this service was built without desk records");
        }

        @Override
        public List<AppointmentNote> notes(Collection<AppointmentId> appointments) {
            return List.of();
        }
    };

    /** Stores why and by whom an appointment was cancelled; an appointment is cancelled once, so recorded once. */
    void recordCancellation(CancellationRecord record);

    /** The cancellation records of those appointments that have one. */
    Map<AppointmentId, CancellationRecord> cancellations(Collection<AppointmentId> appointments);

    /** Appends a note; notes are never changed or deleted. */
    void addNote(AppointmentNote note);

    /** The notes on these appointments, oldest first. */
    List<AppointmentNote> notes(Collection<AppointmentId> appointments);
}
