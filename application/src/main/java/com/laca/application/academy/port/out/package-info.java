/**
 * What the academy needs from outside: stores for courses and their versions, enrolments, lesson completions,
 * question banks, assessments, attempts, certificates, professional
 * registrations, case logs and OSCE sittings; the clinic's credential-signing key and the signer that uses it.
 */
package com.laca.application.academy.port.out;
