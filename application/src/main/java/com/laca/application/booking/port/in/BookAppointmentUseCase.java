package com.laca.application.booking.port.in;

import com.laca.application.shared.Caller;

/**
 * Books a treatment: by the client on the public page, or by staff on the client's behalf. Never double-books, even
 * with many servers on one database.
 */
public interface BookAppointmentUseCase {

    /** A client books through the public page of the tenant named in the command (resolved from the URL). */
    BookingResult book(BookAppointmentCommand command);

    /** Staff book on a client's behalf; needs {@code APPOINTMENTS_MANAGE}; the command's tenant must be the caller's. */
    BookingResult bookOnBehalf(Caller caller, BookAppointmentCommand command);
}
