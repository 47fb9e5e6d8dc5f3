/** Appointments, clients, schedules, booking terms and the booking-limit lock, kept in memory per tenant. */
package com.laca.adapter.inmemory.booking;
