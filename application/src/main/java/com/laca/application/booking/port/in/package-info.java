/**
 * Booking: public availability and self-service bookings, the staff calendar, schedules and the expiry of lapsed
 * holds.
 */
package com.laca.application.booking.port.in;
