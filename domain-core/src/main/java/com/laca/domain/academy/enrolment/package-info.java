/**
 * Enrolments: a learner's place on a course, from invitation or (self-)enrolment through completion, withdrawal or
 * expiry, as a state machine whose refusals are typed results.
 */
package com.laca.domain.academy.enrolment;
