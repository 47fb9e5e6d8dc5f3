/** Booking services specified over the in-memory adapters, with a clock the tests move. */
package com.laca.application.booking.service;
