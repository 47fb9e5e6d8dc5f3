/**
 * Runs the tester-maintained scenario files in {@code src/test/resources/scenarios}; the file format is described in
 * {@code docs/booking-rules.md}.
 */
package com.laca.domain.scheduling.scenario;
