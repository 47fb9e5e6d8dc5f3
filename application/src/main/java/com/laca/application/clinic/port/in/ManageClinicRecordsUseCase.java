package com.laca.application.clinic.port.in;

import com.laca.application.shared.AffectedBookings;
import com.laca.application.shared.Caller;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;

/**
 * Create, read, update and delete one kind of clinic record in the caller's tenant, with optimistic locking; reading
 * needs {@code SETTINGS_VIEW}, changing needs {@code SETTINGS_MANAGE}.
 *
 * @param <T>  the domain record
 * @param <ID> its typed id
 * @param <D>  the draft holding every field a client may set
 */
public interface ManageClinicRecordsUseCase<T, ID, D> {

    Page<T> list(Caller caller, PageRequest page);

    T get(Caller caller, ID id);

    T create(Caller caller, D draft);

    /** Replaces the record, refusing a change that would break future bookings (see the five-argument form). */
    default T update(Caller caller, ID id, long expectedVersion, D draft) {
        return update(caller, id, expectedVersion, draft, AffectedBookings.REFUSE);
    }

    /**
     * Replaces the record; a change that would break future held or confirmed appointments (a practitioner losing a
     * qualification or location they are booked for, or a practitioner, location or room deactivated while booked)
     * throws {@link com.laca.application.shared.AffectsBookingsException} listing them with
     * {@link AffectedBookings#REFUSE}, and is made with {@link AffectedBookings#KEEP}, keeping them (logged).
     */
    T update(Caller caller, ID id, long expectedVersion, D draft, AffectedBookings affected);

    void delete(Caller caller, ID id, long expectedVersion);
}
