/**
 * Each tenant's appointments (with the locks that serialise bookings and the exclusion-constraint errors turned into
 * a taken slot), clients, schedules, booking terms and the booking-limit lock.
 */
package com.laca.adapter.persistence.booking;
