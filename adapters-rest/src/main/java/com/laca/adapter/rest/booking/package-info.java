/**
 * Public booking over HTTP: availability, booking with a client's details, and the manage-token link to view, cancel
 * or move a booking; also the booking JSON shapes and result mappings the staff calendar reuses.
 */
package com.laca.adapter.rest.booking;
