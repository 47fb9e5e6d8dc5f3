/** Specifications of the enrolment lifecycle and the rule for learners who completed an earlier version. */
package com.laca.domain.academy.enrolment;
