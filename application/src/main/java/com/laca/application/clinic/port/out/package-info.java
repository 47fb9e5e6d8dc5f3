/**
 * What clinic set-up needs from storage: locations, practitioners, rooms and devices and treatments with optimistic
 * locking, and the version of the reference data availability caches.
 */
package com.laca.application.clinic.port.out;
