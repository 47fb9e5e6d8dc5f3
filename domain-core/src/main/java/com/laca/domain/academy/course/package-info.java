/**
 * Courses: modules and ordered lessons (video link, reading, live session, practical), the CPD facts a course is
 * accredited with, immutable course versions, lesson completion, derived progress, and what completing a course
 * takes.
 */
package com.laca.domain.academy.course;
