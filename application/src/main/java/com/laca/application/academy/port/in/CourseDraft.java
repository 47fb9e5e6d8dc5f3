package com.laca.application.academy.port.in;

import com.laca.domain.academy.access.AccessRule;

/**
 * A course's own facts (its content goes in versions).
 *
 * @param prerequisites who may enter; {@link AccessRule#none()} for anyone
 */
public record CourseDraft(String title, boolean selfEnrolment, AccessRule prerequisites) {
}
