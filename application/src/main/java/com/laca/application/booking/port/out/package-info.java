/**
 * What booking needs from storage: appointments with their locks, clients found by e-mail, schedules, the clinic's
 * booking terms, and the lock that serialises limited public bookings.
 */
package com.laca.application.booking.port.out;
