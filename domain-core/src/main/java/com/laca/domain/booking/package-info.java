/**
 * Appointments and their lifecycle (held, confirmed, checked in, completed, or cancelled, no-show, expired), the
 * tenant's cancellation policy, and the minimal client record a booking needs.
 */
package com.laca.domain.booking;
