/**
 * Locations, practitioners, rooms and devices, treatments and the reference-data version, kept in memory per tenant
 * with optimistic locking.
 */
package com.laca.adapter.inmemory.clinic;
