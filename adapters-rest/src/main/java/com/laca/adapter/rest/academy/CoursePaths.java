package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.PathIds;
import com.laca.domain.academy.CourseId;

/** The course id in an academy path, read one way by every academy resource (a bad one is a 404 naming the course). */
final class CoursePaths {

    private CoursePaths() {
    }

    static CourseId courseId(String id) {
        return PathIds.parse(id, "course", CourseId::new);
    }
}
