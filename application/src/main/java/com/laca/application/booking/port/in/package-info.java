/** Booking: public availability and self-service bookings, the staff calendar, and working hours. */
package com.laca.application.booking.port.in;
