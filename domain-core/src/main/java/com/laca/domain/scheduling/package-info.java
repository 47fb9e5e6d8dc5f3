/**
 * When a clinic can see a client: working hours, overrides, time off, closures, existing appointments, and the
 * {@link com.laca.domain.scheduling.AvailabilityEngine} that turns them into offered slots and booking decisions.
 *
 * <p>The rules are written down for non-programmers in {@code docs/booking-rules.md}.
 */
package com.laca.domain.scheduling;
