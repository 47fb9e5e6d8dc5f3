/** The academy's use cases: trainees, courses, enrolments and progress, as staff and trainees call them. */
package com.laca.application.academy.port.in;
