/**
 * Bookings over JPA on H2 and PostgreSQL: racing clients for one slot, and the exclusion constraints as the second
 * guard.
 */
package com.laca.adapter.persistence.booking;
