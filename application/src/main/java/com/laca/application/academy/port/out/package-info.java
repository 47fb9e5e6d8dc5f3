/**
 * What the academy needs from outside: stores for courses and their versions, enrolments, lesson completions,
 * question banks, assessments, attempts and certificates.
 */
package com.laca.application.academy.port.out;
