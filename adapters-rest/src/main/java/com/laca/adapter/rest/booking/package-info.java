/**
 * Booking over HTTP: public availability, booking with a client's details and the manage-token link to view, cancel
 * or move a booking; the staff calendar with its lifecycle actions; and the schedules (weekly hours, date overrides,
 * time off, closures, blocked rooms and devices, booking terms).
 */
package com.laca.adapter.rest.booking;
