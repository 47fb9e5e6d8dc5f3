/**
 * What the academy needs from outside: stores for courses and their versions, enrolments, lesson completions,
 * question banks, assessments, attempts, certificates, professional
 * registrations, case logs and OSCE sittings.
 */
package com.laca.application.academy.port.out;
