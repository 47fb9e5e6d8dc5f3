/**
 * Specifications of the availability engine: readable examples per rule, property-based checks over random
 * schedules, and the tester-maintained scenario files under {@code src/test/resources/scenarios}.
 */
package com.laca.domain.scheduling;
