/**
 * Each tenant's locations, practitioners, rooms and devices and treatments with optimistic locking, the row locks
 * bookings take on them, and the reference-data version.
 */
package com.laca.adapter.persistence.clinic;
