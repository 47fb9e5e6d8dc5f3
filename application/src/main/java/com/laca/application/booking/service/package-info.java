/**
 * Booking services: availability, bookings and holds, self-service changes through a manage token, the staff calendar
 * and schedules; every booking decision goes through the one availability engine.
 */
package com.laca.application.booking.service;
