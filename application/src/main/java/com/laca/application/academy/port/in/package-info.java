/** The academy's use cases: trainees, courses, enrolments, progress and practice, as staff and trainees call them. */
package com.laca.application.academy.port.in;
